using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Tests;

/// <summary>Small notebooks written for one test each, through the runner's own notebook model.</summary>
internal static class TestNotebooks
{
    public static string Write(string path, params NotebookCell[] cells)
    {
        Notebook.CSharp(cells).Save(path);
        return path;
    }
}

using System.Text.Json.Nodes;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks;

/// <summary>An nbformat 4 notebook. Read and write it with <see cref="Load"/>, <see cref="Parse"/>, <see cref="ToJson"/>.</summary>
public sealed record Notebook(IReadOnlyList<NotebookCell> Cells, JsonObject Metadata)
{
    public int FormatMinor { get; init; } = 5;

    /// <summary>Top-level keys other than cells, metadata and the format numbers.</summary>
    public JsonObject Extra { get; init; } = new();

    /// <summary>A new C# notebook with Polyglot's kernelspec and language info.</summary>
    public static Notebook CSharp(params NotebookCell[] cells) => new(cells, PolyglotMetadata.CSharpNotebook());

    public static Notebook Load(string path) => NotebookReader.Read(File.ReadAllText(path), path);

    public static Notebook Parse(string json, string origin = "notebook") => NotebookReader.Read(json, origin);

    /// <summary>The notebook as Jupyter writes it: sorted keys, one-space indent, lines as lists, final newline.</summary>
    public string ToJson() => NotebookWriter.Write(this);

    /// <summary>Writes the notebook atomically (temporary file, then rename).</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    /// <summary>The first markdown heading, or null.</summary>
    public string? Title => NotebookText.Title(this);

    /// <summary>The first markdown paragraph as plain text, or null.</summary>
    public string? Summary => NotebookText.Summary(this);
}

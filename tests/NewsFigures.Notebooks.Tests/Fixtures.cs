namespace NewsFigures.Notebooks.Tests;

/// <summary>The notebooks under Fixtures/, copied next to the test assembly.</summary>
internal static class Fixtures
{
    public const string Polyglot = "polyglot-4.5.ipynb";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));
}

using System.Text.Json.Nodes;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks;

/// <summary>An nbformat 4 notebook. Read and write it with <see cref="Load"/>, <see cref="Parse(string, string)"/>, <see cref="ToJson"/>.</summary>
public sealed record Notebook(IReadOnlyList<NotebookCell> Cells, JsonObject Metadata)
{
    public int FormatMinor { get; init; } = 5;

    /// <summary>Top-level keys other than cells, metadata and the format numbers.</summary>
    public JsonObject Extra { get; init; } = new();

    /// <summary>A new C# notebook with Polyglot's kernelspec and language info.</summary>
    public static Notebook CSharp(params NotebookCell[] cells) => new(cells, PolyglotMetadata.CSharpNotebook());

    /// <summary>Reads a notebook file. Anything that is not an nbformat 4 notebook in UTF-8 (binary data, broken JSON, a
    /// field of the wrong type) throws <see cref="InvalidDataException"/> with one line naming the file, cell and field.</summary>
    public static Notebook Load(string path) => NotebookReader.Read(File.ReadAllBytes(path), path);

    /// <summary>Reads notebook JSON; <paramref name="origin"/> starts every error message.</summary>
    public static Notebook Parse(string json, string origin = "notebook") => NotebookReader.Read(json, origin);

    /// <summary>Reads notebook JSON from UTF-8 bytes, as <see cref="Load"/> does from a file.</summary>
    public static Notebook Parse(ReadOnlySpan<byte> utf8, string origin = "notebook") => NotebookReader.Read(utf8, origin);

    /// <summary>The notebook as Jupyter writes it: sorted keys, one-space indent, lines as lists, final newline.</summary>
    public string ToJson() => NotebookWriter.Write(this);

    /// <summary>Writes the notebook atomically (temporary file, then rename).</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    /// <summary>The first markdown heading, or null.</summary>
    public string? Title => NotebookText.Title(this);

    /// <summary>The first markdown paragraph as plain text, or null.</summary>
    public string? Summary => NotebookText.Summary(this);
}

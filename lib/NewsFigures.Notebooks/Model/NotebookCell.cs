using System.Text.Json.Nodes;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks;

/// <summary>
/// One cell. <see cref="Metadata"/> and <see cref="Extra"/> (attachments and keys the runner does not
/// know) are carried through untouched.
/// </summary>
public sealed record NotebookCell(CellKind Kind, string Source)
{
    public string? Id { get; init; }

    public JsonObject Metadata { get; init; } = new();

    public IReadOnlyList<CellOutput> Outputs { get; init; } = [];

    public int? ExecutionCount { get; init; }

    /// <summary>Cell keys other than the ones modelled here, kept for a lossless round trip.</summary>
    public JsonObject Extra { get; init; } = new();

    /// <summary>The strings of metadata.tags (the reader checks their type; anything else here is skipped, not thrown).</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags ? tags.Select(JsonKind.StringOf).OfType<string>().ToList() : [];

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>A C# code cell with Polyglot's cell metadata, so VS Code runs it as C#.</summary>
    public static NotebookCell Code(string source, string? id = null) =>
        new(CellKind.Code, source) { Id = id, Metadata = PolyglotMetadata.CSharpCell() };

    public static NotebookCell Markdown(string source, string? id = null) =>
        new(CellKind.Markdown, source) { Id = id };

    public static NotebookCell Raw(string source, string? id = null) => new(CellKind.Raw, source) { Id = id };

    /// <summary>A copy with these tags added to the cell metadata.</summary>
    public NotebookCell WithTags(params string[] tags)
    {
        var metadata = (JsonObject)Metadata.DeepClone();
        var all = Tags.Concat(tags).Distinct(StringComparer.Ordinal);
        metadata["tags"] = new JsonArray(all.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
        return this with { Metadata = metadata };
    }

    /// <summary>A copy without outputs and execution count, as before a run.</summary>
    public NotebookCell Cleared() => Kind == CellKind.Code ? this with { Outputs = [], ExecutionCount = null } : this;
}

using System.Text.Json.Nodes;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks;

/// <summary>The metadata Polyglot Notebooks (VS Code) writes, so notebooks made here open and run there too.</summary>
public static class PolyglotMetadata
{
    public static JsonObject CSharpCell() => new()
    {
        ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
    };

    public static JsonObject CSharpNotebook() => new()
    {
        ["kernelspec"] = new JsonObject
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        },
        ["language_info"] = new JsonObject { ["name"] = "csharp" },
        ["polyglot_notebook"] = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = "csharp",
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
            },
        },
    };

    /// <summary>The language a code cell declares in its metadata, or null when it declares none.</summary>
    public static string? CellLanguage(JsonObject metadata) =>
        Field(metadata, "polyglot_notebook", "kernelName") ?? Field(metadata, "dotnet_interactive", "language");

    // A hand-built metadata object may hold anything here; a string indexer on a JsonValue would throw.
    private static string? Field(JsonObject metadata, string tool, string name) =>
        metadata[tool] is JsonObject fields ? JsonKind.StringOf(fields[name]) : null;
}

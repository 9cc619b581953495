using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter;

/// <summary>An installed kernel: a folder named after it under a kernels/ folder, holding kernel.json (and its logos).</summary>
public sealed record KernelSpec(string Name, string ResourceDirectory, IReadOnlyList<string> Argv, string DisplayName, string Language)
{
    /// <summary>"signal" (the default) or "message": how clients interrupt it.</summary>
    public string InterruptMode { get; init; } = "signal";

    public IReadOnlyDictionary<string, string> Env { get; init; } = new Dictionary<string, string>();

    public JsonObject Metadata { get; init; } = [];

    public string SpecFile => Path.Combine(ResourceDirectory, "kernel.json");

    /// <summary>Reads <c>kernel.json</c> in <paramref name="directory"/>; a malformed one throws naming the file and field.</summary>
    public static KernelSpec Load(string directory)
    {
        var file = Path.Combine(directory, "kernel.json");
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file)) as JsonObject ?? throw new InvalidDataException($"{file}: a kernel spec is a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}: not JSON ({e.Message.Split('.')[0]}).");
        }
        var argv = root["argv"] is JsonArray items && items.Count > 0 && items.All(i => i is JsonValue v && v.TryGetValue<string>(out _))
            ? items.Select(i => i!.GetValue<string>()).ToList()
            : throw new InvalidDataException($"{file}: 'argv' must be a non-empty list of strings.");
        return new KernelSpec(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)).ToLowerInvariant(), Path.GetFullPath(directory), argv,
            Text(root, "display_name", file) ?? "", Text(root, "language", file) ?? "")
        {
            InterruptMode = Text(root, "interrupt_mode", file) ?? "signal",
            Env = root["env"] switch
            {
                null => new Dictionary<string, string>(),
                JsonObject env => env.ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.TryGetValue<string>(out var s)
                    ? s : throw new InvalidDataException($"{file}: 'env.{p.Key}' must be a string.")),
                _ => throw new InvalidDataException($"{file}: 'env' must be an object."),
            },
            Metadata = root["metadata"] switch
            {
                null => [],
                JsonObject metadata => metadata.DeepClone().AsObject(),
                _ => throw new InvalidDataException($"{file}: 'metadata' must be an object."),
            },
        };
    }

    /// <summary>kernel.json's text, keys sorted, as jupyter writes it.</summary>
    public string ToJson()
    {
        var root = new JsonObject
        {
            ["argv"] = new JsonArray(Argv.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
            ["display_name"] = DisplayName,
        };
        if (Env.Count > 0) root["env"] = new JsonObject(Env.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        root["interrupt_mode"] = InterruptMode;
        root["language"] = Language;
        root["metadata"] = Metadata.DeepClone();
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string? Text(JsonObject root, string field, string file) => root[field] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw new InvalidDataException($"{file}: '{field}' must be a string."),
    };
}

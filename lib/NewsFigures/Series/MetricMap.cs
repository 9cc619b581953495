namespace NewsFigures;

/// <summary>
/// Hand overrides for metric grouping and topics, read from a small CSV file (by default <c>data/metrics.csv</c>):
/// a header <c>phrase,metric,topic</c>, then one row per phrase; lines starting with <c>#</c> are comments. A figure's
/// metric phrase matches a row when it reads the same (same head noun and content words, see the Series README), so
/// "China's intelligent computing power" matches a row for "intelligent computing power".
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed class MetricMap
{
    public const string DefaultFileName = "metrics.csv";

    private MetricMap(IReadOnlyList<MetricMapEntry> entries, string? path)
    {
        Entries = entries;
        Path = path;
    }

    /// <summary>No overrides: grouping and topics are all data-driven.</summary>
    public static MetricMap None { get; } = new([], null);

    public IReadOnlyList<MetricMapEntry> Entries { get; }

    /// <summary>The file the entries came from, or null.</summary>
    public string? Path { get; }

    /// <exception cref="MetricMapException">The file is missing, unreadable or malformed.</exception>
    public static MetricMap Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MetricMapException($"{path}: cannot be read ({e.Message.TrimEnd('.')}).");
        }
        return Parse(text, path);
    }

    /// <summary>Parses mapping rows; <paramref name="source"/> names the file in error messages.</summary>
    public static MetricMap Parse(string csv, string source)
    {
        List<(int Line, List<string> Fields)> rows;
        try
        {
            // Comment lines become empty lines before parsing, so quotes in them are harmless and line numbers stay right.
            rows = CsvRows.Parse(string.Join('\n', csv.Split('\n').Select(l => l.TrimStart().StartsWith('#') ? "" : l)));
        }
        catch (FormatException e)
        {
            throw new MetricMapException($"{source}: {e.Message}");
        }
        if (rows.Count == 0 || !rows[0].Fields.Select(f => f.ToLowerInvariant()).SequenceEqual(["phrase", "metric", "topic"]))
            throw new MetricMapException($"{source}: the first row must be the header phrase,metric,topic.");
        var entries = new List<MetricMapEntry>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Count != 3) throw new MetricMapException($"{source}:{line}: expected 3 fields (phrase,metric,topic), found {fields.Count}.");
            var (phrase, metric, topicName) = (fields[0], fields[1], fields[2]);
            if (phrase.Length == 0) throw new MetricMapException($"{source}:{line}: the phrase is empty.");
            if (metric.Length == 0 && topicName.Length == 0) throw new MetricMapException($"{source}:{line}: give a metric, a topic or both for '{phrase}'.");
            Topic? topic = null;
            if (topicName.Length > 0)
            {
                if (!TopicNames.TryParse(topicName, out var parsed))
                    throw new MetricMapException($"{source}:{line}: unknown topic '{topicName}' (one of: {string.Join(", ", TopicNames.All)}).");
                topic = parsed;
            }
            entries.Add(new MetricMapEntry(phrase, metric.Length == 0 ? null : metric, topic, line));
        }
        return new MetricMap(entries, source);
    }

    /// <summary>
    /// The mapping file used when none is given: the first <c>metrics.csv</c> or <c>data/metrics.csv</c> found in
    /// <paramref name="folder"/> or a folder above it (so both <c>data/articles</c> and a notebook folder find
    /// <c>data/metrics.csv</c>); null when there is none.
    /// </summary>
    public static string? FindDefault(string folder)
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { System.IO.Path.Combine(dir.FullName, DefaultFileName), System.IO.Path.Combine(dir.FullName, "data", DefaultFileName) })
                if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>"data/metrics.csv: 12 entries", or "no mapping".</summary>
    public override string ToString() => Path is null ? "no mapping" : $"{ShortName}: {Entries.Count} entr{(Entries.Count == 1 ? "y" : "ies")}";

    /// <summary>Where the entry came from, for reasons: "data/metrics.csv:4".</summary>
    internal string Where(MetricMapEntry entry) => $"{ShortName}:{entry.Line}";

    // The file with its folder ("data/metrics.csv"), so reasons read the same on every machine.
    private string ShortName => Path is null ? "mapping" :
        System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))) is { Length: > 0 } folder
            ? $"{folder}/{System.IO.Path.GetFileName(Path)}" : System.IO.Path.GetFileName(Path);
}

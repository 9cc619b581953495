namespace NewsFigures;

/// <summary>The names topics are written with in data files and output: "computing power", "open source", ...</summary>
public static class TopicNames
{
    private static readonly string[] Names =
    [
        "computing power", "adoption and users", "talent and education", "investment and spending",
        "open source", "research output", "industry and robots", "policy and governance",
    ];

    /// <summary>All eight, in the order of <see cref="Topic"/>.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <example><code>Topic.OpenSource.Name() // "open source"</code></example>
    public static string Name(this Topic topic) => Names[(int)topic];

    /// <summary>Reads a topic name, ignoring case and surrounding space.</summary>
    public static bool TryParse(string? name, out Topic topic)
    {
        int i = Array.FindIndex(Names, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        topic = i < 0 ? default : (Topic)i;
        return i >= 0;
    }
}

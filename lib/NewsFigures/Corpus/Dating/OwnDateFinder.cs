namespace NewsFigures;

/// <summary>
/// The date a text states about itself, read from the lines at its head and foot only (where pages print
/// datelines and stamps), by a small named set of patterns tried in order on each line. A date inside a sentence
/// about something else is never one.
/// </summary>
internal static class OwnDateFinder
{
    private const int HeadLines = 8;
    // a blog prints its date above a few lines of comment links ("Subscribe to:", "Post Comments (Atom)", "No comments:")
    private const int FootLines = 6;

    public static IReadOnlyList<OwnDatePattern> Patterns { get; } =
        [new MetadataDateLine(), new StampDateLine(), new Dateline(), new DateAloneLine()];

    /// <summary>The date and the name of the pattern that found it, or null.</summary>
    public static (DateOnly Date, string Pattern)? Find(string raw)
    {
        var lines = RawLine.Split(raw).Where(l => !l.IsBlank).Select(l => l.Text).ToList();
        var head = lines.Take(HeadLines);
        var foot = lines.Skip(Math.Max(HeadLines, lines.Count - FootLines));
        foreach (var line in head.Concat(foot))
            foreach (var pattern in Patterns)
                if (pattern.Read(line) is { } date) return (date, pattern.Name);
        return null;
    }
}

namespace NewsFigures;

/// <summary>The heading block of a piece: title, byline, labels, and any masthead line printed above the title.</summary>
internal sealed record PieceHead(
    TextUnit Title,
    string? Byline,
    IReadOnlyList<TextUnit> Labels,
    IReadOnlyList<TextUnit> Masthead,
    IReadOnlyList<TextUnit> Deck)
{
    public int FirstLine => Math.Min(Title.FirstLine, Labels.Concat(Masthead).Select(u => u.FirstLine).DefaultIfEmpty(int.MaxValue).Min());

    public string? Section => Labels.Count == 0 ? null : string.Join(" / ", Labels.Select(l => l.Plain));

    /// <summary>Reads a run of heading-like units (and bylines) as a head.</summary>
    public static PieceHead FromRun(List<TextUnit> run)
    {
        int bylineAt = run.FindIndex(u => HeadingRules.BylineNames(u) is not null);
        string? byline = bylineAt >= 0 ? HeadingRules.BylineNames(run[bylineAt]) : null;
        var candidates = run.Where((u, i) => i != bylineAt).ToList();

        int minLevel = candidates.Where(u => u.HeadingLevel > 0).Select(u => u.HeadingLevel).DefaultIfEmpty(0).Min();
        bool IsLabel(TextUnit u) => HeadingRules.LooksLikeLabel(u) || (minLevel > 0 && u.HeadingLevel > minLevel);

        var pool = candidates.Where(u => !IsLabel(u)).ToList();
        if (pool.Count == 0) pool = candidates;
        var longOnes = pool.Where(u => !HeadingRules.IsShort(u)).ToList();
        TextUnit title;
        if (longOnes.Count == 0)
            title = pool.MaxBy(u => FurnitureRules.WordCount(u.Plain))!;
        else if (bylineAt >= 0)
            // The title sits nearest above the byline; a longer line further up is the masthead.
            title = longOnes.LastOrDefault(u => run.IndexOf(u) < bylineAt) ?? longOnes[0];
        else
            title = longOnes[0];

        int titleAt = run.IndexOf(title);
        var labels = new List<TextUnit>();
        var masthead = new List<TextUnit>();
        var deck = new List<TextUnit>();
        foreach (var u in candidates)
        {
            if (ReferenceEquals(u, title)) continue;
            if (IsLabel(u) || HeadingRules.IsShort(u)) labels.Add(u);
            else if (run.IndexOf(u) < titleAt) masthead.Add(u);
            else deck.Add(u);
        }
        return new PieceHead(title, byline, labels, masthead, deck);
    }
}

namespace NewsFigures;

/// <summary>
/// Cuts an article's paragraphs into pieces. A new piece starts at a heading block that proves itself:
/// it carries a byline, or a title together with a label, or it opens the file, or it is a single markdown
/// heading no deeper than the titles the file's proven heads use. A lone short line inside a story is a subheading.
/// </summary>
internal static class PieceSplitter
{
    public static (IReadOnlyList<PieceLayout> Pieces, IReadOnlyList<TextUnit> Leftover) Split(IReadOnlyList<TextUnit> units)
    {
        var runs = Runs(units);
        var heads = new Dictionary<int, PieceHead>(); // run start index -> head
        foreach (var (start, run) in runs)
            if (run.Any(u => HeadingRules.BylineNames(u) is null)
                && (run.Any(u => HeadingRules.BylineNames(u) is not null) || run.Count >= 2 || start == 0))
                heads[start] = PieceHead.FromRun(run);

        int pieceLevel = heads.Values.Select(h => h.Title.HeadingLevel).DefaultIfEmpty(0).Max();
        foreach (var (start, run) in runs)
            if (!heads.ContainsKey(start) && run.Count == 1 && run[0].HeadingLevel > 0 && run[0].HeadingLevel <= pieceLevel)
                heads[start] = PieceHead.FromRun(run);

        var runLengths = runs.ToDictionary(r => r.Start, r => r.Run.Count);
        var titles = heads.Values.Select(h => Key(h.Title.Plain)).ToHashSet();
        var leftover = new List<TextUnit>();
        var pieces = new List<PieceLayout>();
        PieceHead? head = null;
        var body = new List<TextUnit>();

        // Ends the current piece; text before the first head becomes a piece of its own (head null).
        void Close()
        {
            if (head is not null && body.Count == 0) leftover.AddRange(HeadUnits(head)); // a head with no story under it
            else if (body.Count > 0) pieces.Add(new PieceLayout(head, [.. body]));
            body.Clear();
        }

        for (int i = 0; i < units.Count; i++)
        {
            if (heads.TryGetValue(i, out var next))
            {
                Close();
                head = next;
                body.AddRange(next.Deck);
                i += runLengths[i] - 1;
                continue;
            }
            var unit = units[i];
            // A line repeating a title after the story started is page furniture (a web page's footer echo).
            if (HeadingRules.IsHeadingLike(unit) && titles.Contains(Key(unit.Plain))) leftover.Add(unit);
            else body.Add(unit);
        }
        Close();
        return (pieces, leftover);
    }

    private static IEnumerable<TextUnit> HeadUnits(PieceHead head) =>
        head.Masthead.Concat([head.Title]).Concat(head.Labels).Concat(head.Deck);

    /// <summary>Maximal runs of consecutive heading-like or byline units, keyed by their first index; the items of a list of
    /// figures are none.</summary>
    private static List<(int Start, List<TextUnit> Run)> Runs(IReadOnlyList<TextUnit> units)
    {
        var listItems = FigureListItems(units);
        var runs = new List<(int, List<TextUnit>)>();
        for (int i = 0; i < units.Count;)
        {
            if (!IsHeadPart(units[i]) || listItems[i]) { i++; continue; }
            int start = i;
            var run = new List<TextUnit>();
            while (i < units.Count && IsHeadPart(units[i]) && !listItems[i]) run.Add(units[i++]);
            runs.Add((start, run));
        }
        return runs;
    }

    private static bool IsHeadPart(TextUnit u) => HeadingRules.BylineNames(u) is not null || HeadingRules.IsHeadingLike(u);

    /// <summary>"Key figures for 2016/17:" then "Player signings £92.1 million", "2013 CO2 emissions: 11 billion tons", "• Trade:
    /// 92,000": short lines that state a figure after a list's heading (a line ending in a colon), after a label and its
    /// colon, or behind a bullet are the items of a list, read like the story, not headings; so are three or more such
    /// lines in a row ("Summary" then "Income up 12% to £19.6 million", "Wages up 78% to £40.1 million", ...).</summary>
    private static bool[] FigureListItems(IReadOnlyList<TextUnit> units)
    {
        var items = new bool[units.Count];
        var figureLines = new bool[units.Count];
        bool inList = false;
        for (int i = 0; i < units.Count; i++)
        {
            string t = units[i].Plain.Trim();
            bool short_ = FurnitureRules.HasAtMostWords(t, HeadingRules.MaxHeadingWords);
            bool hasDigit = t.AsSpan().ContainsAnyInRange('0', '9'); // vectorised, not a LINQ walk over every paragraph
            figureLines[i] = short_ && hasDigit && units[i].HeadingLevel == 0 && HeadingRules.IsHeadingLike(units[i]);
            items[i] = short_ && hasDigit && (inList || HeadingRules.IsLabelledFigure(t) || HeadingRules.IsBulleted(t));
            inList = t.EndsWith(':') || items[i];
        }
        for (int i = 0; i < units.Count;)
        {
            int end = i;
            while (end < units.Count && figureLines[end]) end++;
            // (a title printed twice, "Update: 2025-11-19" under it, is a head)
            if (end - i >= MinFigureLinesInARow && AllDifferent(units, i, end)) for (int k = i; k < end; k++) items[k] = true;
            i = Math.Max(end, i + 1);
        }
        return items;
    }

    private const int MinFigureLinesInARow = 3;

    private static bool AllDifferent(IReadOnlyList<TextUnit> units, int start, int end)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int k = start; k < end; k++)
            if (!seen.Add(Key(units[k].Plain))) return false;
        return true;
    }

    private static string Key(string title) => string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

namespace NewsFigures;

/// <summary>
/// "exports to Spain, France, Italy, Netherlands and Poland grew by 36.35%, 22.71%, 36.75%, 23.03% and 18.07% respectively",
/// "Output from Cerro Verde and Antamina rose 11% and 6.7%, respectively": a run of figures that "respectively" closes pairs
/// one by one with a list of as many names before it, and each figure's metric names its own item in place of the list,
/// whatever rule decided it. Applied once the sentence's figures are decided; a list of another length, or items that run
/// on past their names ("from Shanghai to Los Angeles and Shanghai to New York"), leaves the metrics as they are.
/// </summary>
internal static class Respectively
{
    public const string Rule = "metric.respectively";

    private const int MaxGapToWord = 3, MaxListReach = 30, MaxItemWords = 4;

    public static void Apply(SentenceTokens s, IReadOnlyList<FigureDraft> drafts, List<Figure> into, int firstOfSentence)
    {
        int word = drafts.Count < 2 ? -1 : Word(s); // a run needs two figures
        if (word < 0) return;
        // the run of figures that ends right before "respectively", joined by commas and "and"
        int last = -1;
        for (int f = drafts.Count - 1; f >= 0; f--)
            if (drafts[f].ExtentLast < word && word - drafts[f].ExtentLast <= MaxGapToWord) { last = f; break; }
        if (last < 0) return;
        int first = last;
        while (first > 0 && Joins(s, drafts[first - 1].ExtentLast + 1, drafts[first].TextFirst)) first--;
        int count = last - first + 1;
        if (count < 2 || Items(s, drafts[first].TextFirst) is not { } items || items.Count != count) return;
        string whole = s.Join(items[0].First, items[^1].End);
        var names = items.Select(i => s.Join(i.First, i.End)).ToList();
        for (int f = first; f <= last; f++)
        {
            int at = firstOfSentence + f;
            into[at] = into[at] with
            {
                Metric = Replaced(into[at].Metric, whole, names, names[f - first]),
                Rules = into[at].Rules is { } rules ? rules with { Metric = rules.Metric + " + " + Rule } : null,
            };
        }
    }

    // the metric with the list (or the item of it that it names) in place of this figure's item; "production in Italy" when
    // it names none of them
    private static string Replaced(string metric, string whole, List<string> items, string own)
    {
        int at = metric.IndexOf(whole, StringComparison.Ordinal);
        if (at >= 0) return metric[..at] + own + metric[(at + whole.Length)..];
        foreach (var item in items)
            if (metric.IndexOf(item, StringComparison.Ordinal) is >= 0 and var i) return metric[..i] + own + metric[(i + item.Length)..];
        return metric.Length > 0 ? $"{metric} in {own}" : own;
    }

    private static int Word(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
            if (s.Is(k, "respectively")) return k;
        return -1;
    }

    // ", ", " and ", ", and ": all that stands between two figures of the run
    private static bool Joins(SentenceTokens s, int from, int to)
    {
        if (to - from is < 1 or > 2) return false;
        for (int k = from; k < to; k++)
            if (!s.IsPunct(k, ',') && !s.Is(k, "and")) return false;
        return true;
    }

    // "Spain, France, Italy, Netherlands and Poland": capitalized items joined by commas and a last "and", the last right
    // before a verb or the figures, read back from before the first figure
    private static List<(int First, int End)>? Items(SentenceTokens s, int figure)
    {
        for (int and = figure - 1; and > s.First && figure - and <= MaxListReach; and--)
        {
            if (!s.Is(and, "and") || !s.IsLower(and)) continue;
            int end = and + 1;
            while (end < figure && end - and <= MaxItemWords && s.IsCapitalized(end)) end++;
            if (end == and + 1 || !(Clauses.IsVerbLike(s, end) || s.Has(end, WordClass.Auxiliary | WordClass.ChangeUp | WordClass.ChangeDown)
                                      || s.IsPunct(end, ',') || end == figure)) return null;
            var items = new List<(int First, int End)> { (and + 1, end) };
            int close = s.IsPunct(and - 1, ',') ? and - 1 : and; // "France, and Italy"
            while (true)
            {
                int start = close;
                while (start - 1 >= s.First && close - start < MaxItemWords && s.IsCapitalized(start - 1)) start--;
                if (start == close) return null;
                if (close == start + 1 && Clauses.IsLinkingAdverb(s, start)) break; // "However, Italy and France"
                items.Insert(0, (start, close));
                if (!s.IsPunct(start - 1, ',')) break;
                close = start - 1;
            }
            return items;
        }
        return null;
    }
}

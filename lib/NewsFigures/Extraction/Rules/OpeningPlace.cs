namespace NewsFigures;

/// <summary>
/// After a metric rule decides: "In Scotland, rents rose 3.3 per cent": a place that opens the sentence before its comma
/// says where the figures of its first clause are measured, so their metric names it ("rents in Scotland"), unless the metric
/// already holds it. Months, years and lower-case openings ("In total,", "In addition,") name no place.
/// </summary>
internal static class OpeningPlace
{
    private const int MaxPlaceWords = 4;

    public static string Apply(SentenceTokens s, FigureDraft c, string metric)
    {
        if (metric.Length == 0 || !s.Is(s.First, "in") || !s.IsCapitalized(s.First)) return metric;
        int first = s.Is(s.First + 1, "the") ? s.First + 2 : s.First + 1, k = first;
        while (k < s.End && k - first < MaxPlaceWords && s.IsWord(k) && s.IsCapitalized(k) && !s.Has(k, WordClass.Month)) k++;
        if (k == first || !s.IsPunct(k, ',') || c.TextFirst <= k || Clauses.Start(s, c.TextFirst) > k + 1) return metric;
        string place = s.Join(first, k);
        return metric.Contains(place, StringComparison.OrdinalIgnoreCase) ? metric : $"{metric} in {s.Join(s.First + 1, k)}";
    }
}

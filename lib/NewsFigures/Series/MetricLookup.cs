namespace NewsFigures;

/// <summary>
/// Finds the metric a name asks for, from exact names to shared words. When several metrics read like the name, the
/// best supported one is taken (most figures, then most source files, then name order, so the same corpus always gives
/// the same pick) and the choice is written down, with the others, for the reader: a grown corpus never stops a notebook.
/// </summary>
internal static class MetricLookup
{
    public static MetricMatch Find(IReadOnlyList<MetricGroup> groups, string metric, SeriesOptions options)
    {
        var name = metric.Trim();
        // Each phrase (and the name asked for) is read once per unit, however many of the ways below try it.
        var keys = new MetricKeyCache(options.ScopeWords);
        var exact = groups.Where(g => g.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || g.Phrases.Any(p => p.Phrase.Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (exact.Count == 1) return new MetricMatch(exact[0], null);

        var same = groups.Where(g => Keys(g, keys).Any(k => k.SameAs(keys.Of(name, g.Unit)))).ToList();
        if (same.Count == 1) return new MetricMatch(same[0], null);

        var containing = groups.Where(g => Keys(g, keys).Any(k =>
        {
            var q = keys.Of(name, g.Unit);
            return q.Head == k.Head && q.Words.IsSubsetOf(k.Words);
        })).ToList();
        if (containing.Count == 1) return new MetricMatch(containing[0], null);

        // Last: every word of the name, head included, appears in the metric ("power grid" in "China's investment to build a power grid").
        var words = groups.Where(g => Keys(g, keys).Any(k =>
        {
            var q = keys.Of(name, g.Unit);
            return q.Words.Append(q.Head).All(w => w == k.Head || k.Words.Contains(w));
        })).ToList();
        if (words.Count == 1) return new MetricMatch(words[0], null);

        var candidates = new[] { exact, same, containing, words }.FirstOrDefault(c => c.Count > 1)
            ?? throw new KeyNotFoundException($"no metric reads like '{metric}'. Metrics: {string.Join("; ", groups.Select(g => g.Name))}.");
        var ranked = BestSupportedFirst(candidates);
        // Groups of one name differ by unit (amounts in two currencies, no rate between them): the unit tells them apart.
        var shared = ranked.GroupBy(g => g.Name, StringComparer.OrdinalIgnoreCase).Where(n => n.Count() > 1).Select(n => n.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        string Named(MetricGroup g) => shared.Contains(g.Name) ? $"{g.Name} in {g.Unit ?? "changes"}" : g.Name;
        var note = $"'{metric}' matched {ranked.Count} metrics; showing {Named(ranked[0])} ({Figures(ranked[0])}); "
            + $"also: {string.Join("; ", ranked.Skip(1).Select(g => $"{Named(g)} ({g.Figures.Count})"))}";
        return new MetricMatch(ranked[0], note);
    }

    /// <summary>Most figures first, then most source files, then by name (ordinal), so ties never depend on corpus order.</summary>
    internal static List<MetricGroup> BestSupportedFirst(IEnumerable<MetricGroup> candidates) =>
        [.. candidates.OrderByDescending(g => g.Figures.Count)
            .ThenByDescending(g => g.Figures.Select(f => f.File).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Unit, StringComparer.Ordinal)];

    private static string Figures(MetricGroup group) => group.Figures.Count == 1 ? "1 figure" : $"{group.Figures.Count} figures";

    private static IEnumerable<MetricKey> Keys(MetricGroup group, MetricKeyCache keys) =>
        group.Phrases.Select(p => keys.Of(p.Phrase, group.Unit)).Append(keys.Of(group.Name, group.Unit));
}

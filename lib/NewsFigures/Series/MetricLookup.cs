namespace NewsFigures;

/// <summary>Finds the metric a name asks for, from exact names to shared words, and says so when it is ambiguous.</summary>
internal static class MetricLookup
{
    public static MetricGroup Find(IReadOnlyList<MetricGroup> groups, string metric, SeriesOptions options)
    {
        var name = metric.Trim();
        // Each phrase (and the name asked for) is read once per unit, however many of the ways below try it.
        var keys = new MetricKeyCache(options.ScopeWords);
        var exact = groups.Where(g => g.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || g.Phrases.Any(p => p.Phrase.Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (exact.Count == 1) return exact[0];

        var same = groups.Where(g => Keys(g, keys).Any(k => k.SameAs(keys.Of(name, g.Unit)))).ToList();
        if (same.Count == 1) return same[0];

        var containing = groups.Where(g => Keys(g, keys).Any(k =>
        {
            var q = keys.Of(name, g.Unit);
            return q.Head == k.Head && q.Words.IsSubsetOf(k.Words);
        })).ToList();
        if (containing.Count == 1) return containing[0];

        // Last: every word of the name, head included, appears in the metric ("power grid" in "China's investment to build a power grid").
        var words = groups.Where(g => Keys(g, keys).Any(k =>
        {
            var q = keys.Of(name, g.Unit);
            return q.Words.Append(q.Head).All(w => w == k.Head || k.Words.Contains(w));
        })).ToList();
        if (words.Count == 1) return words[0];

        var candidates = new[] { exact, same, containing, words }.FirstOrDefault(c => c.Count > 1);
        throw new KeyNotFoundException(candidates is not null
            ? $"'{metric}' reads like {candidates.Count} metrics: {string.Join("; ", candidates.Select(g => g.Name))}. Name one of them."
            : $"no metric reads like '{metric}'. Metrics: {string.Join("; ", groups.Select(g => g.Name))}.");
    }

    private static IEnumerable<MetricKey> Keys(MetricGroup group, MetricKeyCache keys) =>
        group.Phrases.Select(p => keys.Of(p.Phrase, group.Unit)).Append(keys.Of(group.Name, group.Unit));
}

namespace NewsFigures;

/// <summary>
/// Groups figures into metrics. Phrases are taken one by one, most stated and most specific first. A phrase joins a
/// group when it has the same head noun and the same words before the head as every phrase in it, and its words after
/// the head are the same, contained one in the other, or overlap by <see cref="SeriesOptions.MinimumOverlap"/>. A
/// phrase that fits two groups equally well stays on its own. Levels of different units never share a group. A row of
/// the mapping file overrides all of this. Every phrase records the reason it joined.
/// </summary>
internal static class MetricGrouper
{
    private sealed record Item(string Phrase, string? Unit, List<CorpusFigure> Figures, MetricKey Key);

    private sealed class Builder(string name, string? unit, MetricMapEntry? entry)
    {
        public string Name { get; } = name;
        public string? Unit { get; set; } = unit;
        public MetricMapEntry? Entry { get; } = entry;
        public List<(Item Item, string Reason)> Members { get; } = [];
    }

    public static IReadOnlyList<MetricGroup> Group(IEnumerable<CorpusFigure> figures, SeriesOptions options, MetricMap map)
    {
        var all = figures.ToList();
        var order = new Dictionary<CorpusFigure, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < all.Count; i++) order.TryAdd(all[i], i);
        var groups = new List<Builder>();
        var byHead = new Dictionary<string, List<Builder>>(StringComparer.Ordinal);
        // Most stated first, then the most specific, so a general phrase ("chip exports") meets its specific
        // readings ("... to Asia", "... to Europe") already apart and joins neither.
        foreach (var item in Items(all, options).OrderByDescending(i => i.Figures.Count).ThenByDescending(i => i.Key.Words.Count)
            .ThenBy(i => i.Phrase, StringComparer.Ordinal))
        {
            if (FindEntry(map, item, options, e => e.Metric is not null) is { } entry)
            {
                var name = entry.Metric!;
                var mapped = groups.FirstOrDefault(g => g.Entry is not null && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase) && Compatible(g.Unit, item.Unit));
                if (mapped is null) groups.Add(mapped = new Builder(groups.Any(g => g.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) ? $"{name} ({item.Unit})" : name, item.Unit, entry));
                mapped.Unit ??= item.Unit;
                Join(mapped, item, $"mapped to '{name}' by {map.Where(entry)}");
                continue;
            }
            // A phrase joins a group only if it reads like every phrase already in it (no chains of merges).
            var matches = byHead.GetValueOrDefault(item.Key.Head, []).Distinct().Where(g => Compatible(g.Unit, item.Unit))
                .Select(g => (Group: g, All: g.Members.Select(m => (m.Item, Strength: Relate(item.Key, m.Item.Key, options))).ToList()))
                .Where(m => m.All.All(r => r.Strength > 0))
                .Select(m => (m.Group, Best: m.All.MaxBy(r => r.Strength))).ToList();
            int strongest = matches.Count == 0 ? 0 : matches.Max(m => m.Best.Strength);
            var best = matches.Where(m => m.Best.Strength == strongest).ToList();
            if (best.Count == 1)
            {
                best[0].Group.Unit ??= item.Unit;
                Join(best[0].Group, item, Reason(item, best[0].Best.Item, best[0].Best.Strength));
                continue;
            }
            var own = new Builder(item.Phrase, item.Unit, null);
            Join(own, item, best.Count > 1
                ? $"first of its group: reads equally like {string.Join(" and ", best.Select(b => $"'{b.Group.Name}'"))}, so merged with neither"
                : $"first of its group: head {item.Key}");
            groups.Add(own);
        }

        void Join(Builder group, Item item, string reason)
        {
            group.Members.Add((item, reason));
            if (!byHead.TryGetValue(item.Key.Head, out var list)) byHead[item.Key.Head] = list = [];
            list.Add(group);
        }

        int FirstIndex(Builder g) => g.Members.SelectMany(m => m.Item.Figures).Min(f => order[f]);
        return groups.Select(g => Build(g, options, map)).Zip(groups)
            .OrderBy(p => p.First.Topic).ThenBy(p => FirstIndex(p.Second)).Select(p => p.First).ToList();
    }

    /// <summary>The figure's topic: a mapping row naming its phrase, else the classifier.</summary>
    public static TopicAssignment TopicOf(CorpusFigure figure, SeriesOptions options, MetricMap map)
    {
        var key = MetricKey.Of(figure.Figure.Metric, figure.Figure.Unit, options.ScopeWords);
        var entry = map.Entries.FirstOrDefault(e => e.Topic is not null && Matches(e, figure.Figure.Metric, key, figure.Figure.Unit, options));
        return entry is not null
            ? new TopicAssignment(entry.Topic!.Value, $"set by {map.Where(entry)} for '{entry.Phrase}'")
            : options.Topics.Classify(figure);
    }

    // A row matches the phrase it names, and any phrase with its head noun and all its content words.
    internal static bool Matches(MetricMapEntry entry, string phrase, MetricKey key, string? unit, SeriesOptions options)
    {
        if (string.Equals(entry.Phrase.Trim(), phrase.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        var row = MetricKey.Of(entry.Phrase, unit, options.ScopeWords);
        return row.Head == key.Head && (row.Words.SetEquals(key.Words) || (row.Words.Count > 0 && row.Words.IsSubsetOf(key.Words)));
    }

    private static MetricMapEntry? FindEntry(MetricMap map, Item item, SeriesOptions options, Func<MetricMapEntry, bool> which) =>
        map.Entries.Where(which).FirstOrDefault(e => Matches(e, item.Phrase, item.Key, item.Unit, options));

    // One item per phrase and level unit; changes join the phrase's level unit when it has exactly one.
    private static IEnumerable<Item> Items(List<CorpusFigure> figures, SeriesOptions options)
    {
        foreach (var byPhrase in figures.GroupBy(f => f.Figure.Metric, StringComparer.Ordinal))
        {
            var levelUnits = byPhrase.Where(f => !SeriesRules.IsChange(f.Figure)).Select(f => f.Figure.Unit).Distinct().ToList();
            var changeUnit = levelUnits.Count == 1 ? levelUnits[0] : null;
            foreach (var byUnit in byPhrase.GroupBy(f => SeriesRules.IsChange(f.Figure) ? changeUnit : f.Figure.Unit))
                yield return new Item(byPhrase.Key, byUnit.Key, [.. byUnit], MetricKey.Of(byPhrase.Key, byUnit.Key, options.ScopeWords));
        }
    }

    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    // Same head and the same words before it are required: they say what is counted ("AI agent market" is not the
    // "AI market"). The words after the head only add context: equal (3), one set inside the other, sharing at least
    // one word (2), or overlapping by at least MinimumOverlap (1).
    private static int Relate(MetricKey a, MetricKey b, SeriesOptions options)
    {
        if (a.Head != b.Head || a.Head.Length == 0 || !a.Before.SetEquals(b.Before)) return 0;
        if (a.After.SetEquals(b.After)) return 3;
        var (small, large) = a.After.Count < b.After.Count ? (a, b) : (b, a);
        if (small.Words.Count > 0 && small.After.IsSubsetOf(large.After)) return 2;
        int common = small.After.Count(large.After.Contains), union = a.After.Count + b.After.Count - common;
        return union > 0 && (double)common / union >= options.MinimumOverlap ? 1 : 0;
    }

    private static string Reason(Item item, Item member, int strength)
    {
        MetricKey a = item.Key, b = member.Key;
        var (small, large) = a.After.Count < b.After.Count ? (item, member) : (member, item);
        return strength switch
        {
            3 => $"same head and content words as '{member.Phrase}': {a}",
            2 => $"all content words of '{small.Phrase}' are in '{large.Phrase}' (head '{a.Head}'; it adds {string.Join(", ", large.Key.After.Except(small.Key.After))})",
            _ => $"same head and words before it as '{member.Phrase}', and {a.After.Intersect(b.After).Count()} of {a.After.Union(b.After).Count()} words after it (head '{a.Head}')",
        };
    }

    private static MetricGroup Build(Builder g, SeriesOptions options, MetricMap map)
    {
        var figures = g.Members.SelectMany(m => m.Item.Figures).ToList();
        var topics = figures.Select(f => TopicOf(f, options, map)).ToList();
        var winner = topics.GroupBy(t => t.Topic).OrderByDescending(t => t.Count()).ThenBy(t => topics.FindIndex(x => x.Topic == t.Key)).First();
        var reason = winner.Count() == figures.Count ? winner.First().Reason : $"{winner.Count()} of {figures.Count} figures; {winner.First().Reason}";
        var phrases = g.Members.Select(m => new MetricPhrase(m.Item.Phrase, m.Item.Figures.Count, m.Reason)).ToList();
        var name = g.Entry is not null ? g.Name
            : g.Members.Select(m => m.Item).OrderByDescending(i => i.Figures.Count).ThenBy(i => i.Phrase.Length).ThenBy(i => i.Phrase, StringComparer.Ordinal).First().Phrase;
        return new MetricGroup(name, winner.Key, reason, g.Unit, phrases, figures);
    }
}

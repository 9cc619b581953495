namespace NewsFigures;

/// <summary>
/// Groups figures into metrics. Phrases are taken one by one, most stated and most specific first. A phrase joins a
/// group when it has the same head noun and the same words before the head as every phrase in it, and its words after
/// the head are the same, contained one in the other, or overlap by <see cref="SeriesOptions.MinimumOverlap"/>. A
/// phrase that fits two groups equally well stays on its own. Levels share a group only in one unit, units of one measure
/// (PFLOPS and EFLOPS), or currencies their texts give the rate between (<see cref="PointConversion.CanJoin"/>). A row of
/// the mapping file overrides all of this. Every phrase records the reason it joined.
/// </summary>
/// <remarks>
/// A phrase is not compared with every group of its head. Only a group whose phrases all share its head and words before
/// it (<see cref="Item.Kind"/>) can take it, and only if the group's first phrase relates to it, which needs a word after
/// the head in common or, for phrases with words before the head, none after it; so groups are indexed by kind and by
/// the words after the head of their first phrase (<see cref="KindIndex"/>). Within a group, a phrase is compared with
/// each distinct reading once, not with every phrase that reads so. This gives the same groups, in the same order, with
/// the same reasons as comparing each phrase with every member of every group of its head.
/// </remarks>
internal static class MetricGrouper
{
    private sealed record Item(string Phrase, string? Unit, List<CorpusFigure> Figures, MetricKey Key)
    {
        /// <summary>The words after the head in ordinal order (<see cref="MetricKey.After"/> as an array, quick to compare).</summary>
        public string[] After { get; } = [.. Key.After];

        /// <summary>The head and the words before it: phrases relate only when these are the same (<see cref="RelateSameKind"/>).</summary>
        public string Kind { get; } = $"{Key.Head}\u0001{string.Join('\u0002', Key.Before)}";

        /// <summary>The whole reading (head, words before, words after): phrases that read alike relate alike to any other.</summary>
        public string Reading { get; } = $"{Key.Head}\u0001{string.Join('\u0002', Key.Before)}\u0001{string.Join('\u0002', Key.After)}";
    }

    private sealed class Builder(string name, string? unit, MetricMapEntry? entry)
    {
        public string Name { get; } = name;
        public string? Unit { get; set; } = unit;
        public MetricMapEntry? Entry { get; } = entry;
        public List<(Item Item, string Reason)> Members { get; } = [];

        /// <summary>The index of the kind every member shares, or null when they differ (only a mapping row puts such
        /// phrases together, and then no phrase can read like all of them).</summary>
        public KindIndex? Kind { get; set; }

        /// <summary>The first member of each distinct reading, in the order they joined.</summary>
        public List<Item> Readings { get; } = [];

        public HashSet<string> ReadingSet { get; } = new(StringComparer.Ordinal);

        /// <summary>Where the group stands among the groups of its first phrase's kind: the order they were made in.</summary>
        public int Position { get; set; }

        /// <summary>The last search of its kind's index that found it (<see cref="KindIndex.Candidates"/>).</summary>
        public int LastSearch { get; set; }
    }

    /// <summary>The groups made with a first phrase of one kind, in the order they were made, and the ones among them
    /// that can take a phrase.</summary>
    private sealed class KindIndex
    {
        private readonly List<Builder> _all = [];
        private readonly List<Builder> _noneAfter = [];
        private readonly Dictionary<string, List<Builder>> _byWordAfter = new(StringComparer.Ordinal);
        private int _search;

        public void Add(Builder group, Item first)
        {
            group.Position = _all.Count;
            _all.Add(group);
            if (first.After.Length == 0) _noneAfter.Add(group);
            foreach (var word in first.After)
            {
                if (!_byWordAfter.TryGetValue(word, out var list)) _byWordAfter[word] = list = [];
                list.Add(group);
            }
        }

        /// <summary>The groups whose first phrase can relate to the phrase (see <see cref="RelateSameKind"/>), in the order
        /// they were made: it needs a word after the head in common, or no word after the head on one side and words before
        /// it (which the kind shares) on both. A share of zero (<see cref="SeriesOptions.MinimumOverlap"/>) relates any two.</summary>
        public IReadOnlyList<Builder> Candidates(Item item, double minimumOverlap)
        {
            bool before = item.Key.Before.Count > 0;
            if (minimumOverlap <= 0) return _all;
            if (item.After.Length == 0) return before ? _all : _noneAfter;
            // Each group once (marked with this search's number), then in the order they were made.
            int search = ++_search;
            var positions = new List<int>();
            foreach (var word in item.After)
                if (_byWordAfter.TryGetValue(word, out var list)) Collect(list);
            if (before) Collect(_noneAfter);
            positions.Sort();
            return positions.ConvertAll(p => _all[p]);

            void Collect(List<Builder> groups)
            {
                foreach (var group in groups)
                {
                    if (group.LastSearch == search) continue;
                    group.LastSearch = search;
                    positions.Add(group.Position);
                }
            }
        }
    }

    public static IReadOnlyList<MetricGroup> Group(IEnumerable<CorpusFigure> figures, SeriesOptions options, MetricMap map)
    {
        var keys = new MetricKeyCache(options.ScopeWords);
        var all = figures.ToList();
        var rates = ExchangeRates.From(all);
        var order = new Dictionary<CorpusFigure, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < all.Count; i++) order.TryAdd(all[i], i);
        var groups = new List<Builder>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var mappedByName = new Dictionary<string, List<Builder>>(StringComparer.OrdinalIgnoreCase);
        // Groups by the kind of their first phrase.
        var byKind = new Dictionary<string, KindIndex>(StringComparer.Ordinal);
        var rows = map.Entries.Where(e => e.Metric is not null).ToList();
        // Most stated first, then the most specific, so a general phrase ("chip exports") meets its specific
        // readings ("... to Asia", "... to Europe") already apart and joins neither.
        foreach (var item in Items(all, keys).OrderByDescending(i => i.Figures.Count).ThenByDescending(i => i.Key.Words.Count)
            .ThenBy(i => i.Phrase, StringComparer.Ordinal))
        {
            if (rows.FirstOrDefault(e => Matches(e, item.Phrase, item.Key, item.Unit, keys)) is { } entry)
            {
                var name = entry.Metric!;
                var mapped = mappedByName.GetValueOrDefault(name)?.FirstOrDefault(g => PointConversion.CanJoin(g.Unit, item.Unit, item.Figures, rates));
                if (mapped is null) Add(mapped = new Builder(names.Contains(name) ? $"{name} ({item.Unit})" : name, item.Unit, entry));
                mapped.Unit ??= item.Unit;
                Join(mapped, item, $"mapped to '{name}' by {map.Where(entry)}");
                continue;
            }
            // A phrase joins a group only if it reads like every phrase already in it (no chains of merges).
            var matches = new List<(Builder Group, Item Best, int Strength)>();
            if (item.Key.Head.Length > 0 && byKind.TryGetValue(item.Kind, out var sameKind))
            {
                foreach (var g in sameKind.Candidates(item, options.MinimumOverlap))
                {
                    if (g.Kind != sameKind || !PointConversion.CanJoin(g.Unit, item.Unit, item.Figures, rates)) continue;
                    if (ReadsLikeAll(item, g, options.MinimumOverlap) is { } match) matches.Add((g, match.Best, match.Strength));
                }
            }
            int strongest = matches.Count == 0 ? 0 : matches.Max(m => m.Strength);
            var best = matches.Where(m => m.Strength == strongest).ToList();
            if (best.Count == 1)
            {
                best[0].Group.Unit ??= item.Unit;
                Join(best[0].Group, item, Reason(item, best[0].Best, best[0].Strength));
                continue;
            }
            var own = new Builder(item.Phrase, item.Unit, null);
            Join(own, item, best.Count > 1
                ? $"first of its group: reads equally like {string.Join(" and ", best.Select(b => $"'{b.Group.Name}'"))}, so merged with neither"
                : $"first of its group: head {item.Key}");
            Add(own);
        }

        void Add(Builder group)
        {
            groups.Add(group);
            names.Add(group.Name);
            if (group.Entry is null) return;
            if (!mappedByName.TryGetValue(group.Name, out var list)) mappedByName[group.Name] = list = [];
            list.Add(group);
        }

        void Join(Builder group, Item item, string reason)
        {
            group.Members.Add((item, reason));
            if (group.ReadingSet.Add(item.Reading)) group.Readings.Add(item);
            if (!byKind.TryGetValue(item.Kind, out var index)) byKind[item.Kind] = index = new KindIndex();
            if (group.Members.Count > 1)
            {
                if (group.Kind != index) group.Kind = null;
                return;
            }
            group.Kind = index;
            index.Add(group, item);
        }

        var topics = new TopicCache(options, map, keys);
        int FirstIndex(Builder g) => g.Members.SelectMany(m => m.Item.Figures).Min(f => order[f]);
        return groups.Select(g => Build(g, topics) with { Rates = rates }).Zip(groups)
            .OrderBy(p => p.First.Topic).ThenBy(p => FirstIndex(p.Second)).Select(p => p.First).ToList();
    }

    /// <summary>The figure's topic: a mapping row naming its phrase, else the classifier.</summary>
    public static TopicAssignment TopicOf(CorpusFigure figure, SeriesOptions options, MetricMap map) =>
        new TopicCache(options, map, new MetricKeyCache(options.ScopeWords)).Of(figure);

    // A row matches the phrase it names, and any phrase with its head noun and all its content words.
    internal static bool Matches(MetricMapEntry entry, string phrase, MetricKey key, string? unit, MetricKeyCache keys)
    {
        if (string.Equals(entry.Phrase.Trim(), phrase.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        var row = keys.Of(entry.Phrase, unit);
        return row.Head == key.Head && (row.Words.SetEquals(key.Words) || (row.Words.Count > 0 && row.Words.IsSubsetOf(key.Words)));
    }

    // One item per phrase and level unit; changes join the phrase's level unit when it has exactly one.
    private static IEnumerable<Item> Items(List<CorpusFigure> figures, MetricKeyCache keys)
    {
        foreach (var byPhrase in figures.GroupBy(f => f.Figure.Metric, StringComparer.Ordinal))
        {
            var levelUnits = byPhrase.Where(f => !SeriesRules.IsChange(f.Figure)).Select(f => f.Figure.Unit).Distinct().ToList();
            var changeUnit = levelUnits.Count == 1 ? levelUnits[0] : null;
            foreach (var byUnit in byPhrase.GroupBy(f => SeriesRules.IsChange(f.Figure) ? changeUnit : f.Figure.Unit))
                yield return new Item(byPhrase.Key, byUnit.Key, [.. byUnit], keys.Of(byPhrase.Key, byUnit.Key));
        }
    }

    // The phrase's strongest relation to the members of a group of its kind, and the first member it relates to so, or
    // null when it does not relate to one of them. Members that read alike relate alike, so each reading is tried once.
    private static (Item Best, int Strength)? ReadsLikeAll(Item item, Builder group, double minimumOverlap)
    {
        (Item Best, int Strength) best = (group.Readings[0], 0);
        foreach (var reading in group.Readings)
        {
            int strength = RelateSameKind(item, reading, minimumOverlap);
            if (strength == 0) return null;
            if (strength > best.Strength) best = (reading, strength);
        }
        return best;
    }

    // Same head and the same words before it are required: they say what is counted ("AI agent market" is not the
    // "AI market"); phrases of one kind have them (others relate as 0, and an empty head relates to nothing). The words
    // after the head only add context: equal (3), one set inside the other, sharing at least one word (2), or
    // overlapping by at least MinimumOverlap (1).
    private static int RelateSameKind(Item a, Item b, double minimumOverlap)
    {
        int common = CommonCount(a.After, b.After);
        if (common == a.After.Length && common == b.After.Length) return 3;
        var small = a.After.Length < b.After.Length ? a : b;
        if (small.Key.Words.Count > 0 && common == small.After.Length) return 2;
        int union = a.After.Length + b.After.Length - common;
        return union > 0 && (double)common / union >= minimumOverlap ? 1 : 0;
    }

    // How many words two ordinal-sorted word lists share.
    private static int CommonCount(string[] a, string[] b)
    {
        int common = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            int order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0) { common++; i++; j++; }
            else if (order < 0) i++;
            else j++;
        }
        return common;
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

    // A group whose levels are all in units of one measure (PFLOPS and EFLOPS) is charted in the unit most of its
    // figures use, the first on a tie; a group with another currency keeps its first unit, the one its rates lead to.
    private static string? SeriesUnit(Builder g)
    {
        var units = g.Members.Where(m => m.Item.Unit is not null).GroupBy(m => m.Item.Unit!)
            .Select(u => (Unit: u.Key, Figures: u.Sum(m => m.Item.Figures.Count))).ToList();
        if (g.Unit is null || units.Any(u => UnitScales.Factor(u.Unit, g.Unit) is null)) return g.Unit;
        return units.OrderByDescending(u => u.Figures).First().Unit;
    }

    private static MetricGroup Build(Builder g, TopicCache topicCache)
    {
        var figures = g.Members.SelectMany(m => m.Item.Figures).ToList();
        // The topic most figures have, the earliest on a tie, with the reason of its first figure.
        var tally = new List<(TopicAssignment First, int Count)>();
        foreach (var topic in figures.Select(topicCache.Of))
        {
            int at = tally.FindIndex(t => t.First.Topic == topic.Topic);
            if (at < 0) tally.Add((topic, 1));
            else tally[at] = (tally[at].First, tally[at].Count + 1);
        }
        var (winner, count) = tally.MaxBy(t => t.Count);
        var reason = count == figures.Count ? winner.Reason : $"{count} of {figures.Count} figures; {winner.Reason}";
        var phrases = g.Members.Select(m => new MetricPhrase(m.Item.Phrase, m.Item.Figures.Count, m.Reason)).ToList();
        var name = g.Entry is not null ? g.Name
            : g.Members.Select(m => m.Item).OrderByDescending(i => i.Figures.Count).ThenBy(i => i.Phrase.Length).ThenBy(i => i.Phrase, StringComparer.Ordinal).First().Phrase;
        return new MetricGroup(name, winner.Topic, reason, SeriesUnit(g), phrases, figures);
    }
}

namespace NewsFigures;

/// <summary>
/// What a metric phrase is about, for grouping: its head noun, the content words before it (which say what kind of
/// thing it is) and after it (which add context), lower case and singular, without stopwords, measure words ("base",
/// "number") or scope words (the corpus's default subject, "China's"). "China's generative AI user base" and
/// "generative AI users" both give head "user" with {ai, generative} before it.
/// </summary>
internal sealed record MetricKey(string Head, IReadOnlySet<string> Before, IReadOnlySet<string> After)
{
    public IReadOnlySet<string> Words { get; } = new SortedSet<string>(Before.Concat(After), StringComparer.Ordinal);

    public static MetricKey Of(string phrase, string? unit, IReadOnlyCollection<string> scopeWords) =>
        Of(MetricWords.Read(phrase, unit), scopeWords);

    /// <summary>The key of a phrase already read (<see cref="MetricWords.Read"/>).</summary>
    public static MetricKey Of(MetricWords read, IReadOnlyCollection<string> scopeWords)
    {
        var before = new SortedSet<string>(StringComparer.Ordinal);
        var after = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < read.Words.Count; i++)
        {
            var w = read.Words[i];
            if (i == read.HeadIndex || w.IsStopword || MetricWords.MeasureWords.Contains(w.Text) || scopeWords.Contains(w.Text)) continue;
            (w.Role == WordRole.Premodifier ? before : after).Add(w.Text);
        }
        return new MetricKey(read.Head ?? "", before, after);
    }

    public bool SameAs(MetricKey other) => Head == other.Head && Words.SetEquals(other.Words);

    public override string ToString() => Words.Count == 0 ? $"'{Head}'" : $"'{Head}' with {{{string.Join(", ", Words)}}}";
}

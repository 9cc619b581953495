namespace NewsFigures;

/// <summary>
/// Figures that measure the same thing across pieces and articles, with the phrases they use and why each was merged:
/// "generative AI user base" and "generative AI users" are one metric (same head noun and words once "base" is read as
/// a measure word). <see cref="Unit"/> is the unit of its levels (null when it holds only changes).
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record MetricGroup(string Name, Topic Topic, string TopicReason, string? Unit,
    IReadOnlyList<MetricPhrase> Phrases, IReadOnlyList<CorpusFigure> Figures)
{
    /// <summary>The exchange rates the corpus's texts state, for converting its amounts in another currency.</summary>
    internal ExchangeRates Rates { get; init; } = ExchangeRates.None;

    public override string ToString() => $"{Name} [{Unit ?? "change"}, {Topic.Name()}] {Figures.Count} figure{(Figures.Count == 1 ? "" : "s")}";
}

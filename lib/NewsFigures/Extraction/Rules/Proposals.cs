namespace NewsFigures;

/// <summary>The source a sentence credits; null when it credits none.</summary>
internal sealed record AttributionProposal(string? Source)
{
    public static readonly AttributionProposal None = new((string?)null);

    /// <summary>The name a rule read, or null (the rule declines) when it read none.</summary>
    public static AttributionProposal? Named(string? name) => name is null ? null : new(name);
}

/// <summary>A period in the form the time expression gives it, and whether it lies after the article date.</summary>
internal sealed record PeriodProposal(string? Period, bool IsFuture)
{
    public static readonly PeriodProposal None = new(null, false);
}

/// <summary>What a figure states, and its value as stated that way ("halved" is -50 percent, "fell 3%" is -3).</summary>
internal sealed record KindProposal(FigureKind Kind, double Value)
{
    /// <summary>A change of the figure's size, negative when the direction is a fall (-1), as stated otherwise.</summary>
    public static KindProposal Change(int direction, double value) => new(FigureKind.Change, direction < 0 ? -Math.Abs(value) : value);
}

/// <summary>The metric phrase, and whether it names the clause's subject (which a later "the company" may refer to).</summary>
internal sealed record MetricProposal(string Metric, bool FromSubject = false)
{
    /// <summary>A phrase read off the sentence, trimmed of fillers and dangling words; null when nothing is left, so that a
    /// later rule may name the metric ("a 3.8% drop in international arrivals" leaves the changed object empty).</summary>
    public static MetricProposal? Phrase(string raw, bool fromSubject = false) =>
        MetricReader.Clean(raw) is { Length: > 0 } phrase ? new(phrase, fromSubject) : null;
}

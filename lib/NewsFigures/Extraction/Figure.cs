namespace NewsFigures;

/// <summary>
/// One stated quantity, with what it measures and where it was said.
/// <see cref="Start"/> and <see cref="End"/> (exclusive) are offsets into the text it was extracted from.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record Figure(
    double Value,
    string? Unit,
    string? Qualifier,
    FigureKind Kind,
    string Metric,
    string? Period,
    string? Attribution,
    string Sentence,
    string Text,
    int Start,
    int End)
{
    /// <summary>What the qualifier says of the value: "more than" bounds it from below, "nearly" from above, "about" makes
    /// it approximate, none leaves it exact.</summary>
    public ValueBound Bound => SeriesRules.BoundOf(Qualifier);

    /// <summary>"more than 100,000 model | Qwen derivative models | 2025": the value as stated, what it measures, when.</summary>
    public override string ToString() => FigureText.Line(this);
}

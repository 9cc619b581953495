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

    /// <summary>The rules that decided its metric, attribution, period and kind; null for a figure read back from a
    /// file. Not part of what the figure states, so two figures that differ only here are equal.</summary>
    public FigureRules? Rules { get; init; }

    public bool Equals(Figure? other) =>
        other is not null && Value.Equals(other.Value) && Unit == other.Unit && Qualifier == other.Qualifier && Kind == other.Kind
        && Metric == other.Metric && Period == other.Period && Attribution == other.Attribution && Sentence == other.Sentence
        && Text == other.Text && Start == other.Start && End == other.End;

    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(Value, Unit, Qualifier, Kind, Metric, Period, Attribution), Sentence, Text, Start, End);

    /// <summary>"more than 100,000 model | Qwen derivative models | 2025": the value as stated, what it measures, when.</summary>
    public override string ToString() => FigureText.Line(this);
}

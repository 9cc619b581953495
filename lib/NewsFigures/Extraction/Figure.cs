namespace NewsFigures;

/// <summary>
/// One stated quantity, with what it measures and where it was said.
/// <see cref="Start"/> and <see cref="End"/> (exclusive) are offsets into the text it was extracted from.
/// </summary>
public sealed record Figure(
    double Value,
    string? Unit,
    string? Qualifier,
    FigureKind Kind,
    string Metric,
    string? Period,
    string? Source,
    string Sentence,
    string Text,
    int Start,
    int End);

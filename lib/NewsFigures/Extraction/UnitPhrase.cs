namespace NewsFigures;

/// <summary>
/// The unit read around a number: its canonical name, the tokens the figure's surface text covers
/// (currency prefix to unit suffix), and for counted nouns the noun phrase [NounFirst, NounEnd) with its head.
/// </summary>
internal readonly record struct UnitPhrase(
    string? Unit, UnitClass Class, int SpanFirst, int SpanLast, int NounFirst = -1, int NounHead = -1, int NounEnd = -1)
{
    public bool HasNoun => NounHead >= 0;

    /// <summary>What the number is multiplied by in the canonical unit: "25 cents" is 0.25 USD, "1.2mb/d" is 1,200,000 bpd.</summary>
    public double Factor { get; init; } = 1;
}

namespace NewsFigures.Charts;

/// <summary>
/// The bound a figure's qualifier puts on its value, for charts drawn straight from figures (series points already
/// carry theirs): "more than", "over", "exceeding" bound from below; "nearly", "up to", "within", "less than" from
/// above; "about" and unknown words are approximate, never silently exact.
/// </summary>
internal static class QualifierBound
{
    static readonly HashSet<string> Lower = new(StringComparer.OrdinalIgnoreCase)
    {
        "more than", "over", "exceeding", "above", "at least", "upwards of", "in excess of", "greater than", "surpassing",
        "topping", "beyond", "no less than", "more than a", "over a",
    };

    static readonly HashSet<string> Upper = new(StringComparer.OrdinalIgnoreCase)
    {
        "nearly", "almost", "up to", "under", "less than", "at most", "within", "below", "no more than", "fewer than",
        "just under", "close to",
    };

    static readonly HashSet<string> Exact = new(StringComparer.OrdinalIgnoreCase) { "average", "an average of", "exactly", "a total of", "total" };

    public static ValueBound Of(string? qualifier)
    {
        if (string.IsNullOrWhiteSpace(qualifier)) return ValueBound.Exact;
        var q = qualifier.Trim();
        return Lower.Contains(q) ? ValueBound.Lower
            : Upper.Contains(q) ? ValueBound.Upper
            : Exact.Contains(q) ? ValueBound.Exact
            : ValueBound.Approximate;
    }
}

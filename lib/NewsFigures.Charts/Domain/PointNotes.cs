namespace NewsFigures.Charts;

/// <summary>
/// What a chart marker can and cannot say about a value. Lower and upper bounds are drawn (one-sided error bars);
/// approximate and indicative values are drawn as plain points and say so in their hover text, as do forecasts.
/// </summary>
internal static class PointNotes
{
    /// <summary>"at least", "at most", "about", "indicative only" (bounds that pull opposite ways), or null.</summary>
    public static string? Words(ValueBound bound) => bound switch
    {
        ValueBound.Lower => "at least",
        ValueBound.Upper => "at most",
        ValueBound.Approximate => "about",
        ValueBound.Indeterminate => "indicative only",
        _ => null,
    };

    /// <summary>The hover note: bound words, "forecast" or "a change", and whom the text credits; null when there is
    /// nothing to say.</summary>
    public static string? Of(ValueBound bound, bool forecast, string? credit, bool change = false)
    {
        string?[] parts = [Words(bound), forecast ? "forecast" : null, change ? "a change, not a level" : null,
            string.IsNullOrWhiteSpace(credit) ? null : "credited to " + credit.Trim()];
        var said = parts.OfType<string>().ToList();
        return said.Count == 0 ? null : string.Join("; ", said);
    }
}

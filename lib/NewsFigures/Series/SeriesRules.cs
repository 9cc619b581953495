namespace NewsFigures;

/// <summary>Small rules shared by grouping and series building: what a change is, what a qualifier bounds.</summary>
internal static class SeriesRules
{
    private static readonly string[] LowerWords = ["more than", "over", "exceeding", "above", "at least", "upwards of", "in excess of",
        "greater than", "surpassing", "topping", "beyond", "no less than", "more than a", "over a",
        // verbs and symbols kept as the text writes them: "exceeded 100 million", ">250", "100,000+"
        "exceeded", "exceeds", "exceed", "surpassed", "surpasses", "surpass", "crossed", "tops", "top", "topped", "better than",
        "just over", "well over", ">", "≥", "+"];
    private static readonly string[] UpperWords = ["nearly", "almost", "up to", "under", "less than", "at most", "within", "below",
        "no more than", "fewer than", "just under", "close to", "<", "≤"];
    private static readonly string[] ExactWords = ["average", "an average of", "exactly", "a total of", "total"];

    public static bool IsChange(Figure figure) => figure.Kind == FigureKind.Change;

    /// <summary>"more than" bounds from below, "nearly" from above, "about" is approximate, none is exact; an unknown
    /// qualifier is read as approximate rather than silently exact.</summary>
    public static ValueBound BoundOf(string? qualifier)
    {
        if (string.IsNullOrWhiteSpace(qualifier)) return ValueBound.Exact;
        var q = qualifier.Trim().ToLowerInvariant();
        if (LowerWords.Contains(q)) return ValueBound.Lower;
        if (UpperWords.Contains(q)) return ValueBound.Upper;
        if (ExactWords.Contains(q)) return ValueBound.Exact;
        return ValueBound.Approximate;
    }

    /// <summary>
    /// The bound of a value computed from inputs, each with the direction the result moves when the input grows
    /// (+1 or -1). A lower-bounded input that raises the result makes it a lower bound; one that lowers it, an upper
    /// bound. Directions that disagree leave it indeterminate; approximate inputs with no bound make it approximate.
    /// </summary>
    public static ValueBound Combine(params (ValueBound Bound, int Direction)[] inputs)
    {
        var sides = new HashSet<ValueBound>();
        bool approximate = false;
        foreach (var (bound, direction) in inputs)
        {
            switch (bound)
            {
                case ValueBound.Lower: sides.Add(direction > 0 ? ValueBound.Lower : ValueBound.Upper); break;
                case ValueBound.Upper: sides.Add(direction > 0 ? ValueBound.Upper : ValueBound.Lower); break;
                case ValueBound.Approximate: approximate = true; break;
                case ValueBound.Indeterminate: return ValueBound.Indeterminate;
            }
        }
        return sides.Count switch
        {
            > 1 => ValueBound.Indeterminate,
            1 => sides.Single(),
            _ => approximate ? ValueBound.Approximate : ValueBound.Exact,
        };
    }

    /// <summary>The sign written before a value of this bound: "&gt;", "&lt;", "≈", "~" or nothing.</summary>
    public static string Sign(ValueBound bound) => bound switch
    {
        ValueBound.Lower => "> ",
        ValueBound.Upper => "< ",
        ValueBound.Approximate => "≈ ",
        ValueBound.Indeterminate => "~ ",
        _ => "",
    };
}

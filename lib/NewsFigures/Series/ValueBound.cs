namespace NewsFigures;

/// <summary>How a value relates to the true one. Charts and tables use it too; named so it never clashes with another library's <c>Bound</c>.</summary>
public enum ValueBound
{
    /// <summary>Stated plainly ("626 regular universities").</summary>
    Exact,
    /// <summary>Stated as roughly ("about 2.5 times", "around three"): neither exact nor a bound.</summary>
    Approximate,
    /// <summary>The true value is at least this ("more than 100,000", "over 400 million", "exceeding").</summary>
    Lower,
    /// <summary>The true value is at most this ("nearly 2.5 billion", "up to", "within seven hours").</summary>
    Upper,
    /// <summary>Derived from bounds that pull in opposite directions: only indicative, no side is known.</summary>
    Indeterminate,
}

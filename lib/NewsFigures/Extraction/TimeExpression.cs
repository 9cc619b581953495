namespace NewsFigures;

/// <summary>How a time expression relates to the figures near it.</summary>
internal enum TimeRole : byte
{
    /// <summary>The period a figure refers to: "in 2024", "by mid-year".</summary>
    Period,
    /// <summary>The base of a comparison: "from the previous year", "compared to the previous five years".</summary>
    Base,
    /// <summary>When a source was released: "data released in April".</summary>
    Release,
    /// <summary>The article's present: "now", "currently".</summary>
    Now,
}

/// <summary>A time expression in a sentence, tokens [First, Last], resolved to a period string
/// ("2024", "2025-02", "2025-H1", "2021/2024"); <see cref="IsFuture"/> when it lies after the article date.</summary>
internal readonly record struct TimeExpression(int First, int Last, string Period, TimeRole Role, bool IsFuture);

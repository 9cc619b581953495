namespace NewsFigures.Charts;

/// <summary>How a point's value relates to the truth: exactly, at least (lower bound) or at most (upper bound).</summary>
public enum Bound { Exact, Lower, Upper }

/// <summary>One plotted value. Derived points carry the rule that produced them; hover text is note + quote + source.</summary>
public sealed record ChartPoint(string Label, double X, double Value, Bound Bound = Bound.Exact,
    bool Derived = false, string? Rule = null, string? Quote = null, string? Source = null)
{
    /// <summary>What the marker cannot show, first in the hover text: "about", "indicative only", "forecast".</summary>
    public string? Note { get; init; }

    public string HoverText => string.Join(" — ",
        new[] { Note, Derived ? $"derived: {Rule}" : null, Quote is null ? null : $"\"{Quote}\"", Source }
            .Where(s => !string.IsNullOrEmpty(s)));
}

namespace NewsFigures.Charts;

/// <summary>One plotted value. Derived points carry the rule that produced them; hover text is note + quote + source.</summary>
public sealed record ChartPoint(string Label, double X, double Value, ValueBound Bound = ValueBound.Exact,
    bool Derived = false, string? Rule = null, string? Sentence = null, string? Source = null)
{
    /// <summary>What the marker cannot show, first in the hover text: "about", "indicative only", "forecast".</summary>
    public string? Note { get; init; }

    public string HoverText => string.Join(" — ",
        new[] { Note, Derived ? $"derived: {Rule}" : null, Sentence is null ? null : $"\"{Sentence}\"", Source }
            .Where(s => !string.IsNullOrEmpty(s)));
}

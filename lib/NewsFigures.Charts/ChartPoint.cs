using System.Globalization;

namespace NewsFigures.Charts;

/// <summary>One plotted value. Derived points carry the rule that produced them; hover text is note + quote + source.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record ChartPoint(string Label, double X, double Value, ValueBound Bound = ValueBound.Exact,
    bool Derived = false, string? Rule = null, string? Sentence = null, string? Source = null)
{
    /// <summary>What the marker cannot show, first in the hover text: "about", "indicative only", "forecast".</summary>
    public string? Note { get; init; }

    /// <summary>"2022: 178 (derived)", "2024: 300 (lower bound)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Label}: {Value:R}{(Derived ? " (derived)" : "")}{BoundNote}");

    string BoundNote => Bound switch
    {
        ValueBound.Exact => "",
        ValueBound.Lower or ValueBound.Upper => $" ({Bound.ToString().ToLowerInvariant()} bound)",
        _ => $" ({Bound.ToString().ToLowerInvariant()})",
    };

    public string HoverText => string.Join(" — ",
        new[] { Note, Derived ? $"derived: {Rule}" : null, Sentence is null ? null : $"\"{Sentence}\"", Source }
            .Where(s => !string.IsNullOrEmpty(s)));
}

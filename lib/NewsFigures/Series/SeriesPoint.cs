using System.Globalization;

namespace NewsFigures;

/// <summary>
/// One point of a series: a period, a value and how far it can be trusted. Stated points come from figures; derived
/// ones carry the <see cref="Rule"/> with its arithmetic, and the figures it used in <see cref="Sources"/>. The same
/// value stated more than once (a piece printed twice, or sources that agree) is one point with all its sources.
/// <see cref="Sentence"/>, <see cref="Outlet"/> and <see cref="Date"/> are the first source's, for captions and hover text.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record SeriesPoint
{
    /// <summary>The period as written ("2024", "2025-H1", "2026/2030"), or "undated".</summary>
    public required string Label { get; init; }

    /// <summary>The period, or null when the figures give none.</summary>
    public string? Period { get; init; }

    /// <summary>A sortable year number for the period (2025-H1 is 2025.458), null when undated; see the Series README.</summary>
    public double? Year { get; init; }

    public required double Value { get; init; }

    public string? Unit { get; init; }

    public ValueBound Bound { get; init; }

    public bool Derived { get; init; }

    /// <summary>Stated as expected or predicted ("is expected to reach"). A base derived from a forecast change is not
    /// itself a forecast: it is the level the source treats as known.</summary>
    public bool Forecast { get; init; }

    /// <summary>For a derived point: the rule and its arithmetic. Null for stated points.</summary>
    public string? Rule { get; init; }

    public required string Sentence { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? Date { get; init; }

    public required IReadOnlyList<PointSource> Sources { get; init; }

    /// <summary>For a point stated in another unit of the same measure (or another currency, at the rate its text
    /// gives): the unit it was stated in and the factor that brought it into <see cref="Unit"/>. Null otherwise.</summary>
    public UnitConversion? Conversion { get; init; }

    /// <summary>Set when another point of the same period gives a different value; see <see cref="Series.Conflicts"/>.</summary>
    public bool Conflict { get; init; }

    /// <summary>Why sources were folded into this point, and what it conflicts with.</summary>
    public string? Note { get; init; }

    /// <summary>The value with its bound sign and unit: "&gt; 100,000 models", "&lt; 40.29 billion USD", "725.4 EFLOPS".</summary>
    public string ValueText => SeriesRules.Sign(Bound) + NumberText.WithUnit(Value, Unit);

    /// <summary>Files and pieces of every source: "000_acd0283a066f7ea4.txt#1; 001_97ad99562d81cf4a.txt#1".</summary>
    public string SourceText => string.Join("; ", Sources.Select(s => s.Reference).Distinct());

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Label}: {ValueText}{(Derived ? " (derived)" : "")}{(Conflict ? " (conflict)" : "")}");
}

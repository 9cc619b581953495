using System.Collections.Immutable;

namespace NewsFigures.Charts;

/// <summary>
/// An immutable chart description; each fluent method returns a changed copy.
/// Renderers: <see cref="PlotlyFigure"/> (interactive) and <see cref="StaticChart"/> (PNG/SVG). In a notebook it shows
/// as all of them, richest first; the host picks what it can draw (<see cref="ChartFormatterSource"/>).
/// </summary>
[TypeFormatterSource(typeof(ChartFormatterSource), PreferredMimeTypes =
    [MimeTypes.PlotlyJson, MimeTypes.Png, MimeTypes.Svg, MimeTypes.Html, MimeTypes.Csv, MimeTypes.PlainText])]
public sealed record ChartSpec(ChartKind Kind, ImmutableArray<ChartSeries> Series)
{
    public string? TitleText { get; init; }
    public string? UnitsText { get; init; }
    public string? XLabel { get; init; }
    public string? YLabel { get; init; }
    public string? SourceNote { get; init; }

    public ChartSpec Title(string title) => this with { TitleText = title };
    public ChartSpec Units(string units) => this with { UnitsText = units };
    public ChartSpec XAxis(string label) => this with { XLabel = label };
    public ChartSpec YAxis(string label) => this with { YLabel = label };
    public ChartSpec Source(string note) => this with { SourceNote = note };

    /// <summary>The y-axis label: the explicit one, else the units (percent for percentage charts).</summary>
    public string EffectiveYLabel => YLabel ?? UnitsText ?? (Kind == ChartKind.Percentages ? "%" : "");

    public override string ToString() => ChartCsv.PlainText(this);
}

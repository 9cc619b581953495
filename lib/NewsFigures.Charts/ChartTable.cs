using System.Collections.Immutable;

namespace NewsFigures.Charts;

/// <summary>
/// Figures that should not share an axis, as a table instead of a chart: one row per figure with the kind of measure it
/// is, so a share of GDP and a fall in funding are read apart. From <see cref="ChartPanels.Table"/>.
/// </summary>
[TypeFormatterSource(typeof(ChartTableFormatterSource), PreferredMimeTypes = [MimeTypes.Html, MimeTypes.PlainText])]
public sealed record ChartTable(ImmutableArray<ChartTableRow> Rows)
{
    public string? TitleText { get; init; }
    public string? SourceNote { get; init; }

    public ChartTable Title(string title) => this with { TitleText = title };
    public ChartTable Source(string note) => this with { SourceNote = note };

    public override string ToString() => ChartTableText.PlainText(this);
}

/// <summary>One figure of a <see cref="ChartTable"/>: "changes | domestic venture funding | -50 | 2025-H1 | The Wall Street
/// Journal, 2025-07-29 (003_….txt#1)".</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record ChartTableRow(string Kind, string Metric, double Value, string? Period, string Source)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind} | {Metric} | {Value:R} | {Period} | {Source}");
}

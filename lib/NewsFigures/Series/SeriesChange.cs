namespace NewsFigures;

/// <summary>A stated change of the series' metric ("a 43 percent increase", "doubled"), with the period it is measured
/// from when the text says so. <see cref="Note"/> says why no base point was derived from it, if none was.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record SeriesChange(string Label, string? Period, string? BasePeriod, double Value, string? Unit, ValueBound Bound,
    string Text, PointSource Source, string? Note)
{
    public override string ToString() => $"{Label}: {Text}{(BasePeriod is null ? "" : $" from {BasePeriod}")}";
}

namespace NewsFigures.Charts;

/// <summary>How one series is drawn: <see cref="HouseStyle.Series(int)"/> gives each series of a chart its own.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record SeriesStyle(string Color, SeriesDash Dash, SeriesMarker Marker)
{
    /// <summary>"#b2361f, dash (8px,4px), Square".</summary>
    public override string ToString() => $"{Color}, {Dash}, {Marker}";
}

/// <summary>A dash pattern: its name and the lengths of dash and gap in pixels, repeated (none: a solid line).</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record SeriesDash(string Name, IReadOnlyList<int> Lengths)
{
    public override string ToString() => Lengths.Count == 0 ? Name : $"{Name} ({PlotlyDash})";

    /// <summary>As plotly's <c>line.dash</c> takes it: "solid", or the lengths as "8px,4px", so both renderings draw the
    /// same pattern.</summary>
    public string PlotlyDash => Lengths.Count == 0 ? "solid" : string.Join(",", Lengths.Select(l => $"{l}px"));
}

/// <summary>A marker shape; a derived point draws it hollow.</summary>
public enum SeriesMarker { Circle, Square, Diamond, TriangleUp }

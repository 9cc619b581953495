using ScottPlot;

namespace NewsFigures.Charts;

/// <summary>Size of a static image: pixels before scaling, and the scale (2 = sharp on high-density screens).</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record ImageSize(int Width = 800, int Height = 480, double Scale = 1)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Width} x {Height} px, scale {Scale:R}");
}

/// <summary>The static rendering with ScottPlot: same meaning as the plotly figure, same bytes for the same chart.</summary>
public static class StaticChart
{
    /// <summary>The house font (<see cref="HouseStyle.FontName"/>).</summary>
    public const string FontName = HouseStyle.FontName;

    public static byte[] Png(ChartSpec chart, ImageSize? size = null)
    {
        var s = size ?? new ImageSize();
        var plot = Build(chart, s.Scale, s.Width);
        return plot.GetImageBytes((int)Math.Round(s.Width * s.Scale), (int)Math.Round(s.Height * s.Scale), ImageFormat.Png);
    }

    public static string Svg(ChartSpec chart, ImageSize? size = null)
    {
        var s = size ?? new ImageSize();
        return SvgClipIds.Normalize(Build(chart, 1, s.Width).GetSvgXml(s.Width, s.Height));
    }

    /// <summary>Small multiples as one PNG; without a size, 800 pixels wide and as tall as the panels need.</summary>
    public static byte[] Png(ChartPanels panels, ImageSize? size = null) => PanelsImage.Png(panels, size ?? PanelsImage.DefaultSize(panels));

    /// <summary>Small multiples as one SVG, each panel nested at its place.</summary>
    public static string Svg(ChartPanels panels, ImageSize? size = null) => PanelsImage.Svg(panels, size ?? PanelsImage.DefaultSize(panels));

    /// <param name="caption">False for a panel of <see cref="ChartPanels"/>: the figure's one caption is drawn under all.</param>
    internal static Plot Build(ChartSpec chart, double scale, int width, bool caption = true)
    {
        var plot = new Plot { ScaleFactor = (float)scale };
        plot.Font.Set(HouseStyle.FontName);
        plot.Title(chart.TitleText ?? "", HouseStyle.TitleSize);
        plot.YLabel(AxisTitles.Y(chart), HouseStyle.FontSize);
        // The source note rides under the x label, so it is a caption under the plot in both PNG and SVG.
        // About one character of the 11 pt caption per 7 pixels of width.
        var note = caption ? string.Join("\n", SourceCaption.Lines(chart, width / 7)) : "";
        var xTitle = AxisTitles.X(chart);
        plot.XLabel(xTitle.Length > 0 && note.Length > 0 ? xTitle + "\n" + note : xTitle + note, HouseStyle.CaptionSize);
        for (var i = 0; i < chart.Series.Length; i++)
        {
            var style = HouseStyle.Series(i);
            if (chart.Kind == ChartKind.GrowthLine) AddLine(plot, chart.Series[i], style);
            else AddBars(plot, chart.Series[i], i, chart.Series.Length, ScottPlotStyle.ColorOf(style), width);
        }
        AddBoundArrows(plot, chart);
        if (chart.Series.Length > 1) plot.ShowLegend(Alignment.UpperLeft);
        else plot.HideLegend();
        // The value axis of the plotly figure: zero included, round ticks with compact labels ("500M", "2.5%").
        var values = ValueAxis.Of(chart);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. values.Ticks], [.. values.Labels]);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(values.Low, values.High);
        var bars = chart.Series.Select(s => s.Points.Count).DefaultIfEmpty(0).Max();
        if (chart.Kind != ChartKind.GrowthLine && bars < PlotlyFigure.BarSlots) // as wide as three bars, as in plotly
            plot.Axes.SetLimitsX(-0.5 - (PlotlyFigure.BarSlots - bars) / 2.0, bars - 0.5 + (PlotlyFigure.BarSlots - bars) / 2.0);
        return plot;
    }

    static void AddLine(Plot plot, ChartSeries series, SeriesStyle style)
    {
        var color = ScottPlotStyle.ColorOf(style);
        var stated = series.Stated.ToArray();
        var markers = plot.Add.Scatter(stated.Select(p => p.X).ToArray(), stated.Select(p => p.Value).ToArray(), color);
        markers.MarkerShape = ScottPlotStyle.ShapeOf(style.Marker, hollow: false);
        markers.MarkerSize = 9;
        markers.LineWidth = 0; // segments are drawn one by one below, so the legend gets its own item with the dash
        plot.Legend.ManualItems.Add(ScottPlotStyle.LegendItemOf(series.Name, style));
        var pts = series.Points;
        for (var i = 0; i + 1 < pts.Count; i++)
        {
            var seg = plot.Add.Line(pts[i].X, pts[i].Value, pts[i + 1].X, pts[i + 1].Value);
            seg.LineColor = color;
            seg.LineWidth = 2;
            seg.LinePattern = ScottPlotStyle.PatternOf(pts[i].Derived || pts[i + 1].Derived ? HouseStyle.DerivedDash : style.Dash);
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. pts.Select(p => p.X)], [.. pts.Select(p => p.Label)]);
        foreach (var p in series.DerivedPoints)
        {
            var m = plot.Add.Marker(p.X, p.Value, ScottPlotStyle.ShapeOf(style.Marker, hollow: true), 10, color);
            m.MarkerLineWidth = 2;
        }
    }

    static void AddBars(Plot plot, ChartSeries series, int index, int count, Color color, int width)
    {
        var share = 0.8 / count;
        var bars = series.Points.Select((p, i) => new Bar
        {
            Position = i + (index - (count - 1) / 2.0) * share, Value = p.Value, Size = share * 0.95,
            FillColor = p.Derived ? Colors.White : color, LineColor = color, LineWidth = p.Derived ? 2 : 0,
        }).ToList();
        plot.Add.Bars(bars).LegendText = series.Name;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. series.Points.Select((_, i) => (double)i)],
            [.. series.Points.Select(p => string.Join("\n", TextLines.Wrap(p.Label, TextLines.PerBar(width - 100, series.Points.Count))))]);
    }

    /// <summary>A lower bound gets an up-pointing triangle above it ("at least"), an upper bound a down-pointing one.</summary>
    static void AddBoundArrows(Plot plot, ChartSpec chart)
    {
        var span = chart.Series.SelectMany(s => s.Points).Select(p => Math.Abs(p.Value)).DefaultIfEmpty(1).Max() * 0.08;
        foreach (var (p, x) in chart.Series.SelectMany(s => s.Points.Select((p, i) => (p, chart.Kind == ChartKind.GrowthLine ? p.X : i))))
        {
            if (p.Bound is not (ValueBound.Lower or ValueBound.Upper)) continue; // approximate values are drawn as points
            var dir = p.Bound == ValueBound.Lower ? 1 : -1;
            var stem = plot.Add.Line(x, p.Value, x, p.Value + dir * span);
            stem.LineColor = Colors.Black;
            plot.Add.Marker(x, p.Value + dir * span, dir > 0 ? MarkerShape.FilledTriangleUp : MarkerShape.FilledTriangleDown, 8, Colors.Black);
        }
    }
}

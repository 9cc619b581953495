namespace NewsFigures.Charts;

/// <summary>
/// The value axis of a chart, computed once for both renderings: a range that includes zero (so growth is not
/// exaggerated) with room for the bound arrows, and about five round ticks (1, 2, 2.5 or 5 times a power of ten)
/// labelled compactly.
/// </summary>
internal sealed record ValueAxis(double Low, double High, IReadOnlyList<double> Ticks, IReadOnlyList<string> Labels)
{
    static readonly double[] RoundSteps = [1, 2, 2.5, 5, 10];

    public static ValueAxis Of(ChartSpec chart)
    {
        var values = chart.Series.SelectMany(s => s.Points).Select(p => p.Value).DefaultIfEmpty(1).ToList();
        var room = values.Max(Math.Abs) * 0.12; // above the tallest bar or point: its bound arrow is 8% long
        var low = Math.Min(0, values.Min() < 0 ? values.Min() - room : 0);
        var high = Math.Max(0, values.Max() > 0 ? values.Max() + room : 0);
        if (high - low <= 0) high = low + 1;
        var step = Step((high - low) / 5);
        var first = (long)Math.Floor(low / step + 1e-9);
        var last = (long)Math.Ceiling(high / step - 1e-9);
        // Decimal steps keep 0.1 * 3 from printing as 0.30000000000000004 in the figure JSON.
        var ticks = Enumerable.Range(0, (int)(last - first) + 1).Select(i => (double)((first + i) * (decimal)step)).ToList();
        var unit = IsPercent(chart) ? "%" : "";
        return new(ticks[0], ticks[^1], ticks, [.. ticks.Select(t => CompactNumber.Text(t, unit))]);
    }

    /// <summary>Percent charts carry "%" on every tick, so their axis needs no title.</summary>
    public static bool IsPercent(ChartSpec chart) => chart.Kind == ChartKind.Percentages || chart.UnitsText == "%";

    static double Step(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return RoundSteps.Select(s => s * power).First(s => s >= rough * (1 - 1e-9));
    }
}

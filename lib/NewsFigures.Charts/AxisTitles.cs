namespace NewsFigures.Charts;

/// <summary>Axis titles that say something the chart does not already say, the same in both renderings.</summary>
internal static class AxisTitles
{
    /// <summary>The x title, but none for "year" under a time axis: its ticks are years already.</summary>
    public static string X(ChartSpec chart) =>
        chart.Kind == ChartKind.GrowthLine && chart.XLabel?.Trim().ToLowerInvariant() is "year" or "years" ? "" : chart.XLabel ?? "";

    /// <summary>The y title (<see cref="ChartSpec.EffectiveYLabel"/>), but none when the ticks carry "%" or the chart's
    /// title already ends with the unit ("China's intelligent computing power, EFLOPS").</summary>
    public static string Y(ChartSpec chart)
    {
        var label = chart.EffectiveYLabel;
        if (label.Length == 0 || (label == "%" && ValueAxis.IsPercent(chart))) return "";
        var title = (chart.TitleText ?? "").TrimEnd(' ', '.', ')');
        return title.EndsWith(label, StringComparison.OrdinalIgnoreCase) ? "" : label;
    }
}

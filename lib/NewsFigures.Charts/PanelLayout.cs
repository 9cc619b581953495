namespace NewsFigures.Charts;

/// <summary>
/// Where the panels of <see cref="ChartPanels"/> sit: two columns (so a panel's bar labels keep about 13 characters a
/// line), as many rows as needed, each row as tall as its bars plus its panel title plus its longest bar label.
/// Shared by the plotly subplots and the static image, so both place the panels alike.
/// </summary>
internal sealed record PanelLayout(int Columns, int Rows, IReadOnlyList<int> RowHeights)
{
    public const int TitleRoom = 30, BarsHeight = 170, LineHeight = 17;

    /// <param name="width">The width of the whole figure's plot area in pixels.</param>
    public static PanelLayout Of(ChartPanels panels, int width)
    {
        var columns = Math.Min(2, Math.Max(1, panels.Panels.Length));
        var rows = (panels.Panels.Length + columns - 1) / columns;
        var heights = Enumerable.Range(0, rows).Select(r => TitleRoom + BarsHeight + 10 + LineHeight * panels.Panels
            .Skip(r * columns).Take(columns)
            .Select(p => PlotlyFigure.BarLabels(p, width / columns).Select(l => l.Lines.Count).DefaultIfEmpty(1).Max())
            .DefaultIfEmpty(1).Max()).ToList();
        return new(columns, rows, heights);
    }

    public int Height => RowHeights.Sum();

    public (int Row, int Column) CellOf(int panel) => (panel / Columns, panel % Columns);

    /// <summary>Pixels from the top of the plot area to the top of a row.</summary>
    public int RowTop(int row) => RowHeights.Take(row).Sum();
}

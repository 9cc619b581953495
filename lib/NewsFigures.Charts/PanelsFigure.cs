using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsFigures.Charts;

/// <summary>
/// <see cref="ChartPanels"/> as one plotly figure of subplots: each panel's traces on its own pair of axes (x2/y2, ...),
/// with the panel's own value axis, its kind as a title above it, and the figure's title and source note once.
/// </summary>
internal static class PanelsFigure
{
    const int TopMargin = 80, SideMargin = 60;

    public static JsonObject Build(ChartPanels panels)
    {
        var width = PlotlyFigure.PlotWidth;
        var layout = PanelLayout.Of(panels, width);
        var caption = SourceCaption.Lines(panels.Frame, PlotlyFigure.CaptionWidth);
        var data = new JsonArray();
        var json = new JsonObject
        {
            ["title"] = PlotlyFigure.Title(panels.TitleText),
            ["font"] = new JsonObject { ["family"] = HouseStyle.FontFamily, ["size"] = HouseStyle.FontSize },
            ["showlegend"] = false,
            ["height"] = Height(panels),
            ["margin"] = new JsonObject { ["t"] = TopMargin, ["l"] = SideMargin, ["b"] = 10 + 15 * caption.Count + 10 },
        };
        var annotations = new JsonArray();
        for (var i = 0; i < panels.Panels.Length; i++)
        {
            var panel = panels.Panels[i];
            var suffix = i == 0 ? "" : (i + 1).ToString(CultureInfo.InvariantCulture);
            var (row, column) = layout.CellOf(i);
            double left = (double)column / layout.Columns, right = (double)(column + 1) / layout.Columns;
            double top = 1 - (double)layout.RowTop(row) / layout.Height;
            double bottom = 1 - (double)(layout.RowTop(row) + layout.RowHeights[row]) / layout.Height;
            var barsTop = top - (double)PanelLayout.TitleRoom / layout.Height;
            var barsBottom = barsTop - (double)PanelLayout.BarsHeight / layout.Height;

            var span = panel.Series.SelectMany(s => s.Points).Select(p => Math.Abs(p.Value)).DefaultIfEmpty(1).Max() * 0.08;
            foreach (var plan in TracePlan.Of(panel))
            {
                var trace = PlotlyTrace.Of(panel.Kind, plan, span);
                trace["xaxis"] = "x" + suffix;
                trace["yaxis"] = "y" + suffix;
                data.Add(trace);
            }
            var x = PlotlyFigure.XAxis(panel, width / layout.Columns);
            x["domain"] = new JsonArray(left + 0.08, right - 0.02);
            x["anchor"] = "y" + suffix;
            var y = PlotlyFigure.YAxis(panel);
            y["domain"] = new JsonArray(Math.Max(bottom, barsBottom), barsTop);
            y["anchor"] = "x" + suffix;
            json["xaxis" + suffix] = x;
            json["yaxis" + suffix] = y;
            annotations.Add(new JsonObject
            {
                ["text"] = PlotlyFigure.PlotlyText(panel.TitleText ?? ""), ["showarrow"] = false,
                ["xref"] = "paper", ["yref"] = "paper", ["x"] = left + 0.08, ["y"] = barsTop,
                ["xanchor"] = "left", ["yanchor"] = "bottom",
                ["font"] = new JsonObject { ["size"] = HouseStyle.FontSize + 1 },
            });
        }
        annotations.Add(PlotlyFigure.Caption(caption, 10));
        json["annotations"] = annotations;
        return new JsonObject
        {
            ["data"] = data,
            ["layout"] = json,
            ["frames"] = new JsonArray(),
            ["config"] = new JsonObject { ["responsive"] = true, ["displaylogo"] = false },
        };
    }

    /// <summary>The figure's height in pixels: title, panels, caption.</summary>
    public static int Height(ChartPanels panels) =>
        TopMargin + PanelLayout.Of(panels, PlotlyFigure.PlotWidth).Height
        + 20 + 15 * SourceCaption.Lines(panels.Frame, PlotlyFigure.CaptionWidth).Count;
}

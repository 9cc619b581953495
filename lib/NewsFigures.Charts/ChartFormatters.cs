using Microsoft.DotNet.Interactive.Formatting;

namespace NewsFigures.Charts;

/// <summary>Registers charts with the .NET Interactive formatter so they display the Polyglot way.</summary>
public static class ChartFormatters
{
    /// <summary>text/html: the plotly fragment (the page must already load plotly.js); text/plain: the summary.</summary>
    public static void Register()
    {
        Formatter.Register<ChartSpec>((chart, writer) => writer.Write(PlotlyFigure.HtmlFragment(chart)), "text/html");
        Formatter.Register<ChartSpec>((chart, writer) => writer.Write(chart.ToString()), "text/plain");
    }
}

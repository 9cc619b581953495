using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace NewsFigures.Charts;

/// <summary>
/// A chart as an HTML fragment for notebooks: its static PNG (a data URL), which a script replaces with the interactive
/// chart when the page already has plotly.js (<c>window.Plotly</c>). So it is never blank where plotly.js is absent
/// (VS Code's HTML renderer, nbconvert's HTML, scripts off) and it loads nothing from the network. Same chart, same
/// bytes: the id is a hash of the content.
/// </summary>
internal static class ChartHtml
{
    public static string Fragment(ChartSpec chart) =>
        Fragment(PlotlyFigure.Json(chart), StaticChart.Png(chart), chart.ToString(), 480);

    public static string Fragment(ChartPanels panels) =>
        Fragment(PlotlyFigure.Json(panels), StaticChart.Png(panels), panels.ToString(), PanelsFigure.Height(panels));

    static string Fragment(string json, byte[] image, string alt, int height)
    {
        var png = Convert.ToBase64String(image);
        var id = "nf-chart-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
        return $"<div id=\"{id}\" class=\"nf-chart\"><img src=\"data:image/png;base64,{png}\" alt=\"{WebUtility.HtmlEncode(alt)}\" style=\"max-width:100%\"></div>\n" +
               $"<script>(function(){{var d=document.getElementById(\"{id}\");if(!d||!window.Plotly)return;var f={json};" +
               $"d.innerHTML=\"\";d.style.height=\"{height}px\";" +
               "window.Plotly.newPlot(d,f.data,f.layout,f.config);})();</script>\n";
    }
}

using System.Security.Cryptography;
using System.Text;

namespace NewsFigures.Notebooks.Execution;

/// <summary>A plotly figure as HTML drawn by the page's own plotly.js; this engine never links a CDN.</summary>
internal static class PlotlyHtml
{
    public const string Mime = "application/vnd.plotly.v1+json";

    /// <summary>A div and the script that draws into it, with an id taken from the figure so the bytes are stable.</summary>
    public static string Fragment(string figureJson) => Fragment(IdOf(figureJson), figureJson, "");

    /// <summary>The div (with <paramref name="attributes"/>) and its script; says so in the div where plotly.js is absent.</summary>
    public static string Fragment(string id, string figureJson, string attributes) =>
        $"<div id=\"{id}\"{attributes}></div>\n<script>(function(){{var f={ScriptSafe(figureJson)},d=document.getElementById(\"{id}\");" +
        "if(!window.Plotly){d.textContent=\"(an interactive chart: this page does not load plotly.js)\";return;}" +
        "Plotly.newPlot(d,f.data||[],f.layout||{},Object.assign({responsive:true,displaylogo:false},f.config||{}));})();</script>\n";

    // "</script>" inside a string of the JSON would end the script element; "<\/" is the same JSON string.
    private static string ScriptSafe(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);

    private static string IdOf(string json) => "plotly-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..12];
}

using System.Text.RegularExpressions;
using NewsFigures.Hosts.Tests.Hosts;

namespace NewsFigures.Hosts.Tests.Checks;

/// <summary>
/// How a front end would draw an output, in a few classes that every host must agree on: an interactive <c>plotly</c>
/// chart, an <c>image</c>, a <c>table</c>, a <c>tree</c> (.NET Interactive's expandable property view, what a value
/// without a display of its own gets), other <c>markup</c> (HTML, Markdown), plain <c>text</c>, and <c>packages</c>,
/// what a #r "nuget: ..." cell says it installed or loaded.
/// </summary>
public static partial class Rendering
{
    public const string Plotly = "plotly", Image = "image", Table = "table", Tree = "tree", Markup = "markup", Text = "text",
        Packages = "packages";

    public const string PlotlyMime = "application/vnd.plotly.v1+json";

    /// <summary>The class of a value or a display; null for streams and errors, which have none.</summary>
    public static string? Of(HostOutput output) =>
        output.Kind is HostOutput.Value or HostOutput.Display ? Of(output.Data) : null;

    public static string Of(IReadOnlyDictionary<string, string> data)
    {
        var html = data.GetValueOrDefault("text/html");
        var plain = data.GetValueOrDefault("text/plain");
        if (IsPackages(html) || IsPackages(plain)) return Packages;
        if (data.ContainsKey(PlotlyMime) || html?.Contains("Plotly.newPlot", StringComparison.Ordinal) == true) return Plotly;
        if (data.ContainsKey("image/png") || data.ContainsKey("image/svg+xml")) return Image;
        if (html is not null) return OfHtml(html);
        if (data.ContainsKey("text/csv")) return Table;
        if (data.ContainsKey("text/markdown")) return Markup;
        return Text;
    }

    private static string OfHtml(string html)
    {
        var top = WithoutStyles(html).Trim();
        if (TopLevelTree().IsMatch(top)) return Tree;
        if (OnlyAnImage().IsMatch(top)) return Image;
        if (top.Contains("<table", StringComparison.OrdinalIgnoreCase)) return Table;
        // .NET Interactive shows strings and numbers as HTML too: plain text in a <pre>.
        if (PlainText().IsMatch(top)) return Text;
        return Markup;
    }

    /// <summary>"Installed Packages" (or "Installing Packages" still) from #r "nuget: ...", and the tool's "Loading extensions from ...".</summary>
    private static bool IsPackages(string? text) => text is not null &&
        (text.Contains("Installed Packages", StringComparison.Ordinal) || text.Contains("Installing Packages", StringComparison.Ordinal)
         || text.StartsWith("Loading extensions from ", StringComparison.Ordinal));

    // .NET Interactive appends its stylesheet (<style>...</style>) to every HTML value.
    private static string WithoutStyles(string html) => Styles().Replace(html, "");

    [GeneratedRegex(@"<style\b[^>]*>.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Styles();

    [GeneratedRegex(@"^<(details|div|table|span)\b[^>]*\bclass=""[^""]*\bdni-treeview\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopLevelTree();

    [GeneratedRegex(@"^(<div\b[^>]*>\s*)?<img\b[^>]*>(\s*</img>)?(\s*</div>)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyAnImage();

    [GeneratedRegex(@"^<div\b[^>]*\bclass=""[^""]*\bdni-plaintext\b[^""]*""[^>]*>\s*<pre>.*</pre>\s*</div>$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PlainText();
}

using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive.Formatting;
using NewsFigures.Notebooks.Execution;

namespace NewsFigures.Notebooks;

/// <summary>
/// The helpers .NET Interactive's C# kernel puts in scope (<c>using static Microsoft.DotNet.Interactive.Kernel</c>),
/// with the same names and signatures, so a notebook written in VS Code's Polyglot Notebooks runs here unchanged:
/// <c>display(value)</c> returns a handle whose <c>Update(...)</c> replaces the output; <c>HTML</c>, <c>CSS</c> and
/// <c>Javascript</c> show markup. <c>value.Display()</c> and <c>DisplayTable()</c> come from the Formatting library itself.
/// </summary>
#pragma warning disable IDE1006, CA1707 // .NET Interactive's names, lower case included.
public static class PolyglotHelpers
{
    /// <summary>Shows a value as a display output, in its preferred MIME types or the ones given; the handle it returns
    /// updates that output.</summary>
    public static DisplayedValue display(object value, params string[] mimeTypes)
    {
        // Formatting's own Display() raises one DisplayedValue and returns another, so its Update() can never find the
        // output; this hands the cell the very handle it returns.
        var shown = new DisplayedValue(value, FormattedValue.CreateManyFromObject(value, mimeTypes));
        DisplayRouter.Show(shown);
        return shown;
    }

    /// <summary>Markup shown as text/html as it is, not encoded.</summary>
    public static IHtmlContent HTML(string content) => content.ToHtmlContent();

    /// <summary>Adds a stylesheet to the page the notebook is shown in.</summary>
    public static void CSS(string content) => display(HTML($"<style>{content}</style>"));

    /// <summary>Runs a script in the page the notebook is shown in.</summary>
    public static void Javascript(string scriptContent) => display(HTML($"<script type=\"text/javascript\">{scriptContent}</script>"));
}
#pragma warning restore IDE1006, CA1707

using Markdig;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace NewsFigures.Hosts.Tests.Kernel;

/// <summary>
/// #!markdown as the dotnet-interactive tool defines it: the whole cell, less the magic line, rendered by Markdig
/// (advanced extensions and mathematics) and shown as one text/html display; the cell runs nothing else.
/// </summary>
public static class MarkdownMagic
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseMathematics().UseAdvancedExtensions().Build();

    public static T UseMarkdown<T>(this T kernel) where T : Microsoft.DotNet.Interactive.Kernel
    {
        kernel.AddDirective(new KernelActionDirective("#!markdown") { Description = "Convert the code that follows from Markdown into HTML" }, (_, context) =>
        {
            if (context.Command is SubmitCode submission)
            {
                var html = Markdown.ToHtml(submission.Code.Replace("#!markdown", "").Trim(), Pipeline);
                context.Publish(new DisplayedValueProduced(html, context.Command, [new FormattedValue(HtmlFormatter.MimeType, html)]));
                context.Complete(submission);
            }
            return Task.CompletedTask;
        });
        return kernel;
    }
}

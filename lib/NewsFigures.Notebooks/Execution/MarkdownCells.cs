using Markdig;

namespace NewsFigures.Notebooks.Execution;

/// <summary>The Markdown dialect of #!markdown cells: .NET Interactive's (advanced extensions and mathematics).</summary>
internal static class MarkdownCells
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UseMathematics().UseAdvancedExtensions().Build();
}

namespace NewsFigures.Notebooks.Execution;

/// <summary>Papermill's habit: a failed run gets a markdown cell at the top naming the failed cell.</summary>
internal static class ErrorBanner
{
    public const string Tag = "notebook-error-banner";

    public static Notebook Remove(Notebook notebook) => notebook with { Cells = notebook.Cells.Where(c => !c.HasTag(Tag)).ToList() };

    /// <summary>Adds the banner; cell numbers in the failure count cells as they were before it.</summary>
    public static Notebook Add(Notebook notebook, CellFailure failure)
    {
        var text = $"<span style=\"color:#b00020\">**Execution failed** at cell {failure.Cell}" +
            (failure.Line is { } line ? $", line {line}" : "") + $": `{failure.ErrorName}`: {Escape(failure.Message)}</span>";
        var banner = NotebookCell.Markdown(text, "notebook-error-banner").WithTags(Tag);
        return notebook with { Cells = notebook.Cells.Prepend(banner).ToList() };
    }

    private static string Escape(string message) => message.Replace("\n", " ", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}

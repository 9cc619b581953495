namespace NewsFigures.Notebooks.Tests;

/// <summary>Shorthands so tests read like notebooks: Run.Cells("var x = 1;", "x + 1").</summary>
internal static class Run
{
    public static Task<NotebookRun> Cells(params string[] sources) => Notebook(CSharp(sources));

    public static Task<NotebookRun> Notebook(Notebook notebook, RunOptions? options = null, string? directory = null) =>
        new NotebookRunner(options ?? new RunOptions()).RunAsync(notebook, directory ?? AppContext.BaseDirectory);

    public static Notebook CSharp(params string[] sources) =>
        NewsFigures.Notebooks.Notebook.CSharp(sources.Select((s, i) => NotebookCell.Code(s, $"cell-{i + 1}")).ToArray());

    /// <summary>The outputs of cell number <paramref name="cell"/> as the runner numbers cells (an error banner is not counted).</summary>
    public static IReadOnlyList<CellOutput> Outputs(this NotebookRun run, int cell) => run.Cell(cell).Outputs;

    public static NotebookCell Cell(this NotebookRun run, int cell) =>
        run.Executed.Cells.Where(c => !c.HasTag("notebook-error-banner")).ElementAt(cell - 1);

    public static string Plain(this CellOutput output) => (string)output.Data!["text/plain"]!;
}

namespace NewsFigures.Notebooks;

/// <summary>The executed notebook and, when a cell failed (and errors were not allowed), where.</summary>
public sealed record NotebookRun(Notebook Executed, CellFailure? Failure)
{
    public bool Succeeded => Failure is null;
}

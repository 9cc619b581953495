namespace NewsFigures.Notebooks.Execution;

/// <summary>What running one cell produced: its outputs and, if it raised, the error (line within the cell).</summary>
internal sealed record CellResult(IReadOnlyList<CellOutput> Outputs, CellError? Error, bool SessionLost = false);

internal sealed record CellError(string Name, string Message, int? Line);

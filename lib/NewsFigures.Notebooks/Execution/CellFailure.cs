namespace NewsFigures.Notebooks;

/// <summary>
/// Where and why a notebook stopped. Cell and line are 1-based; the line is within the cell. Cell 0 means
/// the notebook as a whole (it could not be read).
/// </summary>
public sealed record CellFailure(int Cell, int? Line, string ErrorName, string Message)
{
    public override string ToString() =>
        Cell == 0 ? $"{ErrorName}: {Message}" : $"cell {Cell}{(Line is { } line ? $", line {line}" : "")}: {ErrorName}: {Message}";
}

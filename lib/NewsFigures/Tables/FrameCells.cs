using System.Globalization;
using Microsoft.Data.Analysis;

namespace NewsFigures;

/// <summary>Reads cells of a DataFrame by column name, accepting any numeric column type and dates as DateTime or
/// "yyyy-MM-dd" text (as a frame loaded from CSV has them); every failure names the row and column.</summary>
internal sealed class FrameCells(DataFrame frame)
{
    private readonly Dictionary<string, DataFrameColumn> _columns = frame.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public string Text(long row, string column) =>
        OptionalText(row, column) ?? throw new FormatException($"row {row}, column {column}: empty, a value is needed.");

    public string? OptionalText(long row, string column) => Cell(row, column) switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    /// <summary>Text of a column the frame may leave out altogether (outlet, duplicate_of): null when it does.</summary>
    public string? TextIfPresent(long row, string column) => _columns.ContainsKey(column) ? OptionalText(row, column) : null;

    public int Int(long row, string column)
    {
        double value = Double(row, column);
        if (value != Math.Floor(value) || value is < int.MinValue or > int.MaxValue)
            throw new FormatException($"row {row}, column {column}: {value.ToString(CultureInfo.InvariantCulture)} is not a whole number.");
        return (int)value;
    }

    public double Double(long row, string column) => Cell(row, column) switch
    {
        null => throw new FormatException($"row {row}, column {column}: empty, a number is needed."),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
        IConvertible c and not string and not DateTime => c.ToDouble(CultureInfo.InvariantCulture),
        var other => throw new FormatException($"row {row}, column {column}: \"{other}\" is not a number."),
    };

    public DateOnly? Date(long row, string column)
    {
        if (!_columns.ContainsKey(column)) return null;
        return Cell(row, column) switch
        {
            null => null,
            DateTime d => DateOnly.FromDateTime(d),
            DateOnly d => d,
            string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            var other => throw new FormatException($"row {row}, column {column}: \"{other}\" is not a date (yyyy-MM-dd)."),
        };
    }

    private object? Cell(long row, string column) =>
        _columns.TryGetValue(column, out var values) ? values[row] : throw new FormatException($"The frame has no column \"{column}\".");
}

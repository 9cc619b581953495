namespace NewsFigures;

/// <summary>
/// RFC 4180 records, the one CSV dialect of every file and command of the project: a field holding a comma, quote, line
/// break or edge space is quoted with its quotes doubled; null is an empty field; records end with "\n".
/// </summary>
public static class Csv
{
    public static string Field(string? field)
    {
        field ??= "";
        bool quote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
        return quote ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\n";
}

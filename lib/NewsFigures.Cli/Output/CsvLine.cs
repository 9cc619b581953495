namespace NewsFigures.Cli.Output;

/// <summary>One RFC 4180 record: fields holding a comma, quote, line break or edge space are quoted, quotes doubled.</summary>
internal static class CsvLine
{
    public static string Of(IEnumerable<string> fields) => string.Join(',', fields.Select(Escape)) + "\n";

    public static string Escape(string field)
    {
        bool quote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
        return quote ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}

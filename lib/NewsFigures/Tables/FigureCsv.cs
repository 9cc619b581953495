using System.Text;

namespace NewsFigures;

/// <summary>RFC 4180 CSV with the JSON-lines columns in the same order; empty cells for nulls. UTF-8 without BOM, "\n"
/// line ends, same bytes every run.</summary>
internal static class FigureCsv
{
    public static void Write(FigureTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        Write(table, writer);
    }

    public static void Write(FigureTable table, TextWriter output)
    {
        var line = new StringBuilder();
        Append(line, FigureJsonLines.Keys);
        output.Write(line);
        foreach (var row in table)
        {
            var f = row.Figure;
            line.Clear();
            Append(line, [row.File, row.PieceTitle, InvariantNumber.Format(f.Start), InvariantNumber.Format(f.End), f.Text,
                InvariantNumber.Format(f.Value), f.Unit, f.Qualifier, FigureKinds.Name(f.Kind), f.Metric, f.Period, f.Source, f.Sentence]);
            output.Write(line);
        }
    }

    private static void Append(StringBuilder line, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) line.Append(',');
            var field = fields[i] ?? "";
            bool quote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
            if (quote) line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            else line.Append(field);
        }
        line.Append('\n');
    }
}

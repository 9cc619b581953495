using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFigures.Cli.Output;

/// <summary>Writes the corpus listing as an aligned table, JSON lines or CSV; always "\n" line ends, same bytes for the same input.</summary>
internal static class PieceRowWriters
{
    private static readonly string[] Header = ["file", "piece", "title", "byline", "section", "date", "date_from", "characters", "duplicate_of", "similarity"];

    public static void WriteTable(IReadOnlyList<PieceRow> rows, TextWriter output)
    {
        var table = new TextTable("file", "piece", "title", "byline", "section", "date", "chars", "duplicate_of")
            .RightAlign(1).RightAlign(6)
            .MaxWidth(2, 56).MaxWidth(3, 26).MaxWidth(4, 30);
        foreach (var r in rows)
            table.Add(r.File, Int(r.Piece), r.Title, r.Byline ?? "", r.Section ?? "", r.Date ?? "", Int(r.Characters),
                r.DuplicateOf is null ? "" : $"{r.DuplicateOf} ({Number(r.Similarity!.Value)})");
        table.Write(output);
    }

    public static void WriteJsonLines(IEnumerable<PieceRow> rows, TextWriter output)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var r in rows)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                json.WriteString("file", r.File);
                json.WriteNumber("piece", r.Piece);
                json.WriteString("title", r.Title);
                WriteNullable(json, "byline", r.Byline);
                WriteNullable(json, "section", r.Section);
                WriteNullable(json, "date", r.Date);
                WriteNullable(json, "date_from", r.DateFrom);
                json.WriteNumber("characters", r.Characters);
                WriteNullable(json, "duplicate_of", r.DuplicateOf);
                if (r.Similarity is { } s) json.WriteNumber("similarity", s); else json.WriteNull("similarity");
                json.WriteEndObject();
            }
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            output.Write('\n');
        }
    }

    public static void WriteCsv(IEnumerable<PieceRow> rows, TextWriter output)
    {
        output.Write(Csv.Line(Header));
        foreach (var r in rows)
            output.Write(Csv.Line([r.File, Int(r.Piece), r.Title, r.Byline ?? "", r.Section ?? "", r.Date ?? "", r.DateFrom ?? "", Int(r.Characters),
                r.DuplicateOf ?? "", r.Similarity is { } s ? Number(s) : ""]));
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}

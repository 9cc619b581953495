using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFigures;

/// <summary>JSON lines in the gold's shape (data/gold/figures.jsonl, without its hand-made topic), so output diffs
/// against the gold: "piece" is the piece's title. UTF-8 without BOM, "\n" after every object, same bytes every run.</summary>
internal static class FigureJsonLines
{
    public static readonly string[] Keys =
        ["file", "piece", "start", "end", "text", "value", "unit", "qualifier", "kind", "metric", "period", "attribution", "sentence"];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(FigureTable table, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        foreach (var figure in table)
        {
            WriteObject(json, figure);
            json.Flush();
            json.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    public static void Write(FigureTable table, TextWriter output)
    {
        using var buffer = new MemoryStream();
        Write(table, buffer);
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteObject(Utf8JsonWriter json, CorpusFigure row)
    {
        var f = row.Figure;
        json.WriteStartObject();
        json.WriteString("file", row.File);
        json.WriteString("piece", row.PieceTitle);
        json.WriteNumber("start", f.Start);
        json.WriteNumber("end", f.End);
        json.WriteString("text", f.Text);
        json.WritePropertyName("value");
        json.WriteRawValue(InvariantNumber.Format(f.Value), skipInputValidation: true);
        WriteNullable(json, "unit", f.Unit);
        WriteNullable(json, "qualifier", f.Qualifier);
        json.WriteString("kind", FigureKinds.Name(f.Kind));
        json.WriteString("metric", f.Metric);
        WriteNullable(json, "period", f.Period);
        WriteNullable(json, "attribution", f.Attribution);
        json.WriteString("sentence", f.Sentence);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }
}

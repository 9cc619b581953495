using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFigures.Cli.Output;

/// <summary>Writes series points as an aligned table (with rules, conflicts and growth below it), JSON lines or CSV;
/// always "\n" line ends, same bytes for the same input.</summary>
internal static class SeriesRowWriters
{
    private static readonly string[] Header =
        ["metric", "topic", "unit", "period", "year", "value", "bound", "derived", "forecast", "conflict", "rule", "note",
         "sources", "outlets", "dates", "sentence"];

    public static void WriteTable(IReadOnlyList<NewsFigures.Series> series, TextWriter output)
    {
        var table = new TextTable("metric", "topic", "period", "value", "bound", "point", "sources")
            .MaxWidth(0, 44).MaxWidth(6, 60);
        foreach (var r in series.SelectMany(SeriesRow.From))
            table.Add(r.Metric, r.Topic, r.Point.Label, r.Point.ValueText, Lower(r.Point.Bound), r.Kind, r.Point.SourceText);
        table.Write(output);

        var notes = new List<string>();
        foreach (var s in series)
        {
            notes.AddRange(s.DerivedPoints.Select(p => $"derived   {s.Metric} {p.Label}: {p.Rule}"));
            notes.AddRange(s.Points.Where(p => p.Conversion is not null).Select(p => $"converted {s.Metric} {p.Label}: {p.Conversion}"));
            notes.AddRange(s.Conflicts.Select(c => $"conflict  {s.Metric} {c.Label}: {c.Note}"));
            if (s.GrowthRate() is { } growth) notes.Add($"growth    {s.Metric}: {growth.Arithmetic}");
        }
        if (notes.Count > 0) output.Write("\n" + string.Join("\n", notes) + "\n");
    }

    public static void WriteJsonLines(IReadOnlyList<NewsFigures.Series> series, TextWriter output)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var r in series.SelectMany(SeriesRow.From))
        {
            var p = r.Point;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                json.WriteString("metric", r.Metric);
                json.WriteString("topic", r.Topic);
                WriteNullable(json, "unit", r.Unit);
                WriteNullable(json, "period", p.Period);
                if (p.Year is { } year) json.WriteNumber("year", year); else json.WriteNull("year");
                json.WriteNumber("value", p.Value);
                json.WriteString("bound", Lower(p.Bound));
                json.WriteBoolean("derived", p.Derived);
                json.WriteBoolean("forecast", p.Forecast);
                json.WriteBoolean("conflict", p.Conflict);
                WriteNullable(json, "rule", p.Rule);
                WriteNullable(json, "note", p.Note);
                json.WriteString("sentence", p.Sentence);
                json.WriteStartArray("sources");
                foreach (var s in p.Sources)
                {
                    json.WriteStartObject();
                    json.WriteString("file", s.File);
                    json.WriteNumber("piece", s.Piece);
                    json.WriteString("title", s.PieceTitle);
                    WriteNullable(json, "outlet", s.Outlet);
                    WriteNullable(json, "date", s.DateText);
                    json.WriteString("text", s.Text);
                    json.WriteNumber("start", s.Start);
                    json.WriteNumber("end", s.End);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            output.Write('\n');
        }
    }

    public static void WriteCsv(IReadOnlyList<NewsFigures.Series> series, TextWriter output)
    {
        output.Write(Csv.Line(Header));
        foreach (var r in series.SelectMany(SeriesRow.From))
        {
            var p = r.Point;
            output.Write(Csv.Line([r.Metric, r.Topic, r.Unit ?? "", p.Period ?? "", r.Year ?? "",
                p.Value.ToString("R", CultureInfo.InvariantCulture), Lower(p.Bound), Bool(p.Derived), Bool(p.Forecast), Bool(p.Conflict),
                p.Rule ?? "", p.Note ?? "", p.SourceText, r.Outlets, r.Dates, p.Sentence]));
        }
    }

    private static string Lower(ValueBound bound) => bound.ToString().ToLowerInvariant();

    private static string Bool(bool value) => value ? "true" : "false";

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }
}

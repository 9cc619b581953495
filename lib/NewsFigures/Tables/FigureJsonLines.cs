using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsFigures;

/// <summary>JSON lines in the gold's shape (data/gold/figures.jsonl, without its hand-made topic), so output diffs
/// against the gold: "piece" is the piece's title; with rules, a last "rules" object names the rule that decided each
/// field ({"metric": "metric.counted-noun", ...}). UTF-8 without BOM, "\n" after every object, same bytes every run.</summary>
internal sealed class FigureJsonLines : FigureSink
{
    public static readonly string[] Keys =
        ["file", "piece", "start", "end", "text", "value", "unit", "qualifier", "kind", "metric", "period", "attribution", "sentence"];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextChunks _output;
    private readonly Utf8JsonWriter _json;
    private readonly bool _withRules;

    public FigureJsonLines(TextChunks output, bool withRules = false)
    {
        _output = output;
        _withRules = withRules;
        _json = new Utf8JsonWriter(output.Buffer, Options);
    }

    public override void WriteFigure(CorpusFigure row, long id)
    {
        var f = row.Figure;
        _json.WriteStartObject();
        _json.WriteString("file", row.File);
        _json.WriteString("piece", row.PieceTitle);
        _json.WriteNumber("start", f.Start);
        _json.WriteNumber("end", f.End);
        _json.WriteString("text", f.Text);
        _json.WritePropertyName("value");
        _json.WriteRawValue(InvariantNumber.Format(f.Value), skipInputValidation: true);
        WriteNullable("unit", f.Unit);
        WriteNullable("qualifier", f.Qualifier);
        _json.WriteString("kind", FigureKinds.Name(f.Kind));
        _json.WriteString("metric", f.Metric);
        WriteNullable("period", f.Period);
        WriteNullable("attribution", f.Attribution);
        _json.WriteString("sentence", f.Sentence);
        if (_withRules) WriteRules(f.Rules);
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _output.Buffer.Write("\n"u8);
        _output.RowDone();
    }

    public override void Complete() => _output.Flush();

    public override void Dispose() => _json.Dispose();

    private void WriteRules(FigureRules? rules)
    {
        _json.WritePropertyName("rules");
        if (rules is null)
        {
            _json.WriteNullValue();
            return;
        }
        _json.WriteStartObject();
        for (int i = 0; i < FigureRules.Fields.Length; i++) _json.WriteString(FigureRules.Fields[i], rules.Names[i]);
        _json.WriteEndObject();
    }

    private void WriteNullable(string name, string? value)
    {
        if (value is null) _json.WriteNull(name); else _json.WriteString(name, value);
    }
}

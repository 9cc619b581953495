using System.Text;

namespace NewsFigures;

/// <summary>RFC 4180 CSV with the JSON-lines columns in the same order, with rules four more ("metric_rule", ...); empty
/// cells for nulls. UTF-8 without BOM, "\n"
/// line ends, same bytes every run.</summary>
internal sealed class FigureCsv : FigureSink
{
    private readonly TextChunks _output;
    private readonly bool _withRules;

    public FigureCsv(TextChunks output, bool withRules = false)
    {
        _output = output;
        _withRules = withRules;
        Write(Csv.Line(withRules ? [.. FigureJsonLines.Keys, .. FigureRules.Fields.Select(field => field + "_rule")] : FigureJsonLines.Keys));
    }

    public override void WriteFigure(CorpusFigure row, long id)
    {
        var f = row.Figure;
        string?[] fields = [row.File, row.PieceTitle, InvariantNumber.Format(f.Start), InvariantNumber.Format(f.End), f.Text,
            InvariantNumber.Format(f.Value), f.Unit, f.Qualifier, FigureKinds.Name(f.Kind), f.Metric, f.Period, f.Attribution, f.Sentence];
        Write(Csv.Line(_withRules ? [.. fields, .. f.Rules?.Names ?? new string?[FigureRules.Fields.Length]] : fields));
        _output.RowDone();
    }

    public override void Complete() => _output.Flush();

    private void Write(string line)
    {
        var span = _output.Buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(line.Length));
        _output.Buffer.Advance(Encoding.UTF8.GetBytes(line, span));
    }
}

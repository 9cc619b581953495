using System.Text;

namespace NewsFigures;

/// <summary>RFC 4180 CSV with the JSON-lines columns in the same order; empty cells for nulls. UTF-8 without BOM, "\n"
/// line ends, same bytes every run.</summary>
internal sealed class FigureCsv : FigureSink
{
    private readonly TextChunks _output;

    public FigureCsv(TextChunks output)
    {
        _output = output;
        Write(Csv.Line(FigureJsonLines.Keys));
    }

    public override void WriteFigure(CorpusFigure row, long id)
    {
        var f = row.Figure;
        Write(Csv.Line([row.File, row.PieceTitle, InvariantNumber.Format(f.Start), InvariantNumber.Format(f.End), f.Text,
            InvariantNumber.Format(f.Value), f.Unit, f.Qualifier, FigureKinds.Name(f.Kind), f.Metric, f.Period, f.Attribution, f.Sentence]));
        _output.RowDone();
    }

    public override void Complete() => _output.Flush();

    private void Write(string line)
    {
        var span = _output.Buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(line.Length));
        _output.Buffer.Advance(Encoding.UTF8.GetBytes(line, span));
    }
}

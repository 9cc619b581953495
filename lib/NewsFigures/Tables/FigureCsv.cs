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
        output.Write(Csv.Line(FigureJsonLines.Keys));
        foreach (var row in table)
        {
            var f = row.Figure;
            output.Write(Csv.Line([row.File, row.PieceTitle, InvariantNumber.Format(f.Start), InvariantNumber.Format(f.End), f.Text,
                InvariantNumber.Format(f.Value), f.Unit, f.Qualifier, FigureKinds.Name(f.Kind), f.Metric, f.Period, f.Attribution, f.Sentence]));
        }
    }
}

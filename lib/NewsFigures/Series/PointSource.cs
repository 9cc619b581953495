using System.Globalization;

namespace NewsFigures;

/// <summary>A figure a point stands on: where it is printed (file, piece, outlet, date), its words and its sentence.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record PointSource(
    string File, int Piece, string PieceTitle, string? Outlet, DateOnly? Date,
    string Text, double Value, string? Unit, string? Qualifier, FigureKind Kind, string? Period,
    string Sentence, string? Attribution, int Start, int End)
{
    public static PointSource From(CorpusFigure figure)
    {
        var f = figure.Figure;
        return new PointSource(figure.File, figure.PieceNumber, figure.PieceTitle, figure.Article.Outlet, figure.Article.Date,
            f.Text, f.Value, f.Unit, f.Qualifier, f.Kind, f.Period, f.Sentence, f.Attribution, f.Start, f.End);
    }

    /// <summary>"000_acd0283a066f7ea4.txt#1": the file and piece number.</summary>
    public string Reference => $"{File}#{Piece.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The date as YYYY-MM-DD, or null.</summary>
    public string? DateText => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string ToString() => $"{Reference} ({Outlet ?? "outlet not stated"}, {DateText ?? "undated"})";
}

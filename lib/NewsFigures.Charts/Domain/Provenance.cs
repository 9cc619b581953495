using System.Globalization;

namespace NewsFigures.Charts;

/// <summary>
/// Where a plotted value was printed: the file and piece, the outlet and date of its article (either may be unknown),
/// and whom the text credits for it. Series points and corpus figures both reduce to this for notes and hover text.
/// </summary>
internal sealed record Provenance(string File, int Piece, string? Outlet, DateOnly? Date, bool NewspaperPage, string? Attribution)
{
    public static Provenance Of(CorpusFigure figure) => new(figure.File, figure.PieceNumber, figure.Article.Outlet,
        figure.Article.Date, figure.Article.IsNewspaperPage, figure.Figure.Attribution);

    /// <param name="newspaperPages">Files the catalog marks as newspaper pages (a point source does not say).</param>
    public static Provenance Of(PointSource source, IReadOnlySet<string> newspaperPages) => new(source.File, source.Piece,
        source.Outlet, source.Date, newspaperPages.Contains(source.File), source.Attribution);

    public string? DateText => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>For the source note: "China Economic Net (CE.cn), 2025-11-25", or, with no outlet, "newspaper page 002_….txt".</summary>
    public string Name => Outlet is null
        ? $"{Unnamed} {File}{(DateText is null ? "" : ", " + DateText)}"
        : $"{Outlet}{(DateText is null ? "" : ", " + DateText)}";

    /// <summary>For hover text: the name with the piece, "The Wall Street Journal, 2025-07-29 (003_….txt#1)".</summary>
    public string PointText
    {
        get
        {
            var piece = $"{File}#{Piece.ToString(CultureInfo.InvariantCulture)}";
            return Outlet is null
                ? $"{Unnamed} {piece}{(DateText is null ? "" : ", " + DateText)}"
                : $"{Name} ({piece})";
        }
    }

    /// <summary>Outlet if known, else "newspaper page 000_….txt#1": short enough for a bar label.</summary>
    public string ShortName => Outlet ?? $"{Unnamed} {File}#{Piece.ToString(CultureInfo.InvariantCulture)}";

    private string Unnamed => NewspaperPage ? "newspaper page" : "outlet not stated,";
}

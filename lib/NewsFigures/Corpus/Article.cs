namespace NewsFigures;

/// <summary>One loaded file: its raw text, catalog entry, and the pieces found in it.</summary>
/// <remarks>Articles and pieces point at each other, so equality is by reference and ToString is short.</remarks>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.Html, MimeTypes.PlainText])]
public sealed record Article
{
    /// <summary>Bare file name, e.g. "003_cc2193c6c1aefe32.txt".</summary>
    public required string FileName { get; init; }

    /// <summary>The file's text exactly as decoded (UTF-8, BOM dropped); all offsets index into it.</summary>
    public required string RawText { get; init; }

    public ArticleInfo Info { get; init; } = ArticleInfo.Empty;

    public IReadOnlyList<Piece> Pieces { get; init; } = [];

    /// <summary>Site furniture found in the file (menus, share widgets, copyright and statement lines), kept out of bodies.</summary>
    public IReadOnlyList<MappedText> Boilerplate { get; init; } = [];

    public bool Equals(Article? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override string ToString() => $"{FileName} ({Pieces.Count} piece{(Pieces.Count == 1 ? "" : "s")})";
}

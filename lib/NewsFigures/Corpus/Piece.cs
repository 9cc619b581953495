namespace NewsFigures;

/// <summary>One story printed in an article: a newspaper page holds several, a web article one.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record Piece
{
    public required Article Article { get; init; }

    /// <summary>1-based position within the article.</summary>
    public required int Number { get; init; }

    public required string Title { get; init; }

    /// <summary>Author names as printed after "By", without the dateline; null when none is given.</summary>
    public string? Byline { get; init; }

    /// <summary>Section or column label printed with the title ("Opinion", "From page 1", ...); several are joined with " / ".</summary>
    public string? Section { get; init; }

    /// <summary>Normalized body: paragraphs separated by "\n\n", hyphenation healed, captions and furniture removed.</summary>
    public required MappedText Body { get; init; }

    public IReadOnlyList<MappedText> Captions { get; init; } = [];

    /// <summary>Set when an earlier piece (earlier file, or earlier in the same file) carries nearly the same text.</summary>
    public DuplicateLink? DuplicateOf { get; init; }

    public string FileName => Article.FileName;

    public bool Equals(Piece? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override string ToString() => $"{Article.FileName}#{Number} {Title}";
}

namespace NewsFigures;

/// <summary>One parsed file: its pieces and the furniture kept out of them.</summary>
internal sealed record ArticleDraft(
    string FileName,
    string RawText,
    IReadOnlyList<PieceDraft> Pieces,
    IReadOnlyList<MappedString> Boilerplate);

namespace NewsFigures;

/// <summary>A piece as found in one file, before the corpus links duplicates and builds the public records.</summary>
internal sealed record PieceDraft(
    string Title,
    string? Byline,
    string? Section,
    MappedString Body,
    IReadOnlyList<MappedString> Captions);

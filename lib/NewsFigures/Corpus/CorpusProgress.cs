namespace NewsFigures;

/// <summary>How far a corpus load or extraction has come: files and bytes of article text handed on, out of all.</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record CorpusProgress(int FilesDone, int Files, long BytesDone, long Bytes)
{
    public override string ToString() => $"{FilesDone:N0}/{Files:N0} files, {BytesDone / 1e6:N1}/{Bytes / 1e6:N1} MB";
}

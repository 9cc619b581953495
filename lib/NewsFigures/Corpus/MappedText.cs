namespace NewsFigures;

/// <summary>
/// Normalized text that remembers, for every character, where it came from in the raw file
/// (a UTF-16 index into <see cref="Article.RawText"/>).
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed class MappedText
{
    private readonly int[] _rawOffsets;

    internal MappedText(string text, int[] rawOffsets)
    {
        if (text.Length != rawOffsets.Length)
            throw new ArgumentException("Every character needs exactly one raw offset.", nameof(rawOffsets));
        Text = text;
        _rawOffsets = rawOffsets;
    }

    /// <summary>An empty text (no characters, no offsets).</summary>
    public static MappedText Empty { get; } = new(string.Empty, []);

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Offset in the raw file of the character at <paramref name="index"/>.</summary>
    public int RawOffset(int index) => _rawOffsets[index];

    /// <summary>Raw span covering normalized characters [start, end); End is exclusive.</summary>
    public (int Start, int End) RawSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        if (start == end)
        {
            int at = start < Text.Length ? _rawOffsets[start] : (Text.Length == 0 ? 0 : _rawOffsets[^1] + 1);
            return (at, at);
        }
        return (_rawOffsets[start], _rawOffsets[end - 1] + 1);
    }

    public override string ToString() => Text;
}

using System.Text;

namespace NewsFigures;

/// <summary>Accumulates mapped text in linear time (joining many paragraphs one by one would be quadratic).</summary>
internal sealed class MappedStringBuilder
{
    private readonly StringBuilder _text;
    private int[] _offsets;

    /// <param name="capacity">Characters expected: a builder that knows its size copies nothing as it grows.</param>
    public MappedStringBuilder(int capacity = 256)
    {
        _text = new StringBuilder(capacity);
        _offsets = new int[Math.Max(capacity, 16)];
    }

    public int Length => _text.Length;

    public MappedStringBuilder Append(MappedString part)
    {
        _text.Append(part.Text);
        part.CopyOffsetsTo(Reserve(part.Length));
        return this;
    }

    /// <summary>Inserted text (a space, a paragraph break) that has no raw counterpart of its own: anchored at <paramref name="rawOffset"/>.</summary>
    public MappedStringBuilder Append(string inserted, int rawOffset)
    {
        _text.Append(inserted);
        Reserve(inserted.Length).Fill(rawOffset);
        return this;
    }

    public MappedStringBuilder RemoveLast()
    {
        _text.Length--;
        return this;
    }

    public MappedString ToMappedString() =>
        MappedString.Create(_text.ToString(), _offsets.Length == _text.Length ? _offsets : _offsets[.._text.Length]);

    /// <summary>The offsets of the <paramref name="count"/> characters just appended to the text.</summary>
    private Span<int> Reserve(int count)
    {
        int start = _text.Length - count;
        if (_text.Length > _offsets.Length) Array.Resize(ref _offsets, Math.Max(_text.Length, _offsets.Length * 2));
        return _offsets.AsSpan(start, count);
    }
}

using System.Text;

namespace NewsFigures;

/// <summary>Accumulates mapped text in linear time (joining many paragraphs one by one would be quadratic).</summary>
internal sealed class MappedStringBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];

    public int Length => _text.Length;

    public MappedStringBuilder Append(MappedString part)
    {
        _text.Append(part.Text);
        for (int i = 0; i < part.Length; i++) _offsets.Add(part.OffsetAt(i));
        return this;
    }

    /// <summary>Inserted text (a space, a paragraph break) that has no raw counterpart of its own: anchored at <paramref name="rawOffset"/>.</summary>
    public MappedStringBuilder Append(string inserted, int rawOffset)
    {
        _text.Append(inserted);
        for (int i = 0; i < inserted.Length; i++) _offsets.Add(rawOffset);
        return this;
    }

    public MappedStringBuilder RemoveLast()
    {
        _text.Length--;
        _offsets.RemoveAt(_offsets.Count - 1);
        return this;
    }

    public MappedString ToMappedString() => MappedString.Create(_text.ToString(), [.. _offsets]);
}

using System.Text;

namespace NewsFigures;

/// <summary>
/// Working form of normalized text while an article is parsed: characters plus their raw offsets.
/// Every edit (delete, collapse, join) keeps the two in step, so the final <see cref="MappedText"/> maps back exactly.
/// </summary>
internal sealed class MappedString
{
    private readonly string _text;
    private readonly int[]? _offsets; // null: character i comes from raw offset _rawStart + i (a line not yet edited)
    private readonly int _rawStart;

    private MappedString(string text, int[] offsets)
    {
        _text = text;
        _offsets = offsets;
    }

    private MappedString(string text, int rawStart)
    {
        _text = text;
        _rawStart = rawStart;
    }

    /// <summary>Text that is the raw file's from <paramref name="rawStart"/> on, unchanged (a line already cut out).</summary>
    public static MappedString FromRaw(string text, int rawStart) => new(text, rawStart);

    public string Text => _text;

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public int OffsetAt(int index) => _offsets is null ? _rawStart + index : _offsets[index];

    /// <summary>Writes the raw offset of every character into <paramref name="into"/>.</summary>
    public void CopyOffsetsTo(Span<int> into)
    {
        if (_offsets is not null) { _offsets.CopyTo(into); return; }
        for (int i = 0; i < _text.Length; i++) into[i] = _rawStart + i;
    }

    public MappedString Slice(int start, int end) =>
        _offsets is null ? new(_text[start..end], _rawStart + start) : new(_text[start..end], _offsets[start..end]);

    /// <summary>Drops the characters whose indices are flagged.</summary>
    public MappedString Without(bool[] drop)
    {
        var text = new StringBuilder(_text.Length);
        var offsets = new List<int>(_text.Length);
        for (int i = 0; i < _text.Length; i++)
        {
            if (drop[i]) continue;
            text.Append(_text[i]);
            offsets.Add(OffsetAt(i));
        }
        return new MappedString(text.ToString(), [.. offsets]);
    }

    /// <summary>Each run of whitespace becomes one plain space, mapped to the run's first character.</summary>
    public MappedString CollapseWhitespace()
    {
        if (!HasWhitespaceToCollapse()) return this; // most lines: nothing to do, nothing to copy
        var text = new StringBuilder(_text.Length);
        var offsets = new List<int>(_text.Length);
        for (int i = 0; i < _text.Length; i++)
        {
            bool space = char.IsWhiteSpace(_text[i]);
            if (space && text.Length > 0 && text[^1] == ' ') continue;
            text.Append(space ? ' ' : _text[i]);
            offsets.Add(OffsetAt(i));
        }
        return new MappedString(text.ToString(), [.. offsets]);
    }

    private bool HasWhitespaceToCollapse()
    {
        for (int i = 0; i < _text.Length; i++)
            if (char.IsWhiteSpace(_text[i]) && (_text[i] != ' ' || i == 0 || _text[i - 1] == ' ')) return true;
        return false;
    }

    internal static MappedString Create(string text, int[] offsets) => new(text, offsets);

    public MappedText ToMappedText()
    {
        if (_offsets is not null) return new MappedText(_text, _offsets);
        var offsets = new int[_text.Length];
        CopyOffsetsTo(offsets);
        return new MappedText(_text, offsets);
    }

    public override string ToString() => _text;
}

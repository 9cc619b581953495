using System.Text;

namespace NewsFigures;

/// <summary>
/// Working form of normalized text while an article is parsed: characters plus their raw offsets.
/// Every edit (delete, collapse, join) keeps the two in step, so the final <see cref="MappedText"/> maps back exactly.
/// </summary>
internal sealed class MappedString
{
    private readonly string _text;
    private readonly int[] _offsets;

    private MappedString(string text, int[] offsets)
    {
        _text = text;
        _offsets = offsets;
    }

    /// <summary>The raw characters [start, end) of <paramref name="raw"/>, unchanged.</summary>
    public static MappedString FromRaw(string raw, int start, int end)
    {
        var offsets = new int[end - start];
        for (int i = 0; i < offsets.Length; i++) offsets[i] = start + i;
        return new MappedString(raw[start..end], offsets);
    }

    public string Text => _text;

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public int OffsetAt(int index) => _offsets[index];

    public ReadOnlySpan<int> Offsets => _offsets;

    public MappedString Slice(int start, int end) => new(_text[start..end], _offsets[start..end]);

    /// <summary>Drops the characters whose indices are flagged.</summary>
    public MappedString Without(bool[] drop)
    {
        var text = new StringBuilder(_text.Length);
        var offsets = new List<int>(_text.Length);
        for (int i = 0; i < _text.Length; i++)
        {
            if (drop[i]) continue;
            text.Append(_text[i]);
            offsets.Add(_offsets[i]);
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
            offsets.Add(_offsets[i]);
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

    public MappedText ToMappedText() => new(_text, _offsets);

    public override string ToString() => _text;
}

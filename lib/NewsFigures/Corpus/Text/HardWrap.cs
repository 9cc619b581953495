namespace NewsFigures;

/// <summary>
/// Detects text hard-wrapped at a fixed width (one paragraph spread over several lines) and tells which line
/// ends were made by the wrapping: a line is wrapped when the next line's first word would not have fit on it.
/// Titles and other short lines are left alone because the next word would have fit.
/// </summary>
internal sealed class HardWrap
{
    private const int MinLines = 5;
    private const int MaxWidth = 120;
    private const double NearWidth = 0.8;
    private const double MinShareNearWidth = 0.3;

    private readonly IReadOnlyList<RawLine> _lines;

    private HardWrap(IReadOnlyList<RawLine> lines, int width)
    {
        _lines = lines;
        Width = width;
    }

    /// <summary>The wrapping width, or 0 when the text is not hard-wrapped.</summary>
    public int Width { get; }

    public static HardWrap Detect(IReadOnlyList<RawLine> lines, IReadOnlyList<LineRole> roles)
    {
        var lengths = lines.Where((l, i) => roles[i] == LineRole.Content).Select(l => l.Text.Length).ToList();
        if (lengths.Count < MinLines) return new HardWrap(lines, 0);
        int width = lengths.Max();
        bool wrapped = width <= MaxWidth && lengths.Count(n => n >= NearWidth * width) >= MinShareNearWidth * lengths.Count;
        return new HardWrap(lines, wrapped ? width : 0);
    }

    /// <summary>True when line <paramref name="line"/> was ended by the wrapping, so line + 1 continues its paragraph.</summary>
    public bool IsWrapped(int line)
    {
        if (Width == 0 || line + 1 >= _lines.Count || _lines[line + 1].IsBlank) return false;
        string next = _lines[line + 1].Text;
        int firstWord = next.IndexOf(' ') is var space and >= 0 ? space : next.Length;
        string text = _lines[line].Text;
        int gap = text.EndsWith('-') ? 0 : 1; // a wrapper breaks after a hyphen without a space
        return text.Length + gap + firstWord > Width;
    }
}

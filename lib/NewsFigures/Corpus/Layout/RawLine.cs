namespace NewsFigures;

/// <summary>One line of the raw file: [Start, End) is its content with surrounding whitespace trimmed.</summary>
internal sealed record RawLine(int Index, int Start, int End, string Text)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>Splits on \n, \r\n or \r; offsets index into <paramref name="raw"/>.</summary>
    public static IReadOnlyList<RawLine> Split(string raw)
    {
        var lines = new List<RawLine>();
        int start = 0;
        while (start <= raw.Length)
        {
            int end = raw.IndexOfAny(['\n', '\r'], start);
            if (end < 0) end = raw.Length;
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(raw[s])) s++;
            while (e > s && char.IsWhiteSpace(raw[e - 1])) e--;
            lines.Add(new RawLine(lines.Count, s, e, raw[s..e]));
            if (end == raw.Length) break;
            start = end + (raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }
}

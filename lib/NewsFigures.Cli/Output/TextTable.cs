using System.Globalization;
using System.Text;

namespace NewsFigures.Cli.Output;

/// <summary>A plain-text table with aligned columns; over-long cells are cut with "…" at a column's maximum width.</summary>
internal sealed class TextTable
{
    private const string Gap = "  ";
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _rightAligned = [];
    private readonly Dictionary<int, int> _maxWidths = [];

    public TextTable(params string[] headers) => _headers = headers;

    public TextTable RightAlign(int column) { _rightAligned.Add(column); return this; }

    public TextTable MaxWidth(int column, int width) { _maxWidths[column] = width; return this; }

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != _headers.Length) throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.");
        _rows.Add(cells.Select((c, i) => Fit(Flatten(c), i)).ToArray());
        return this;
    }

    public void Write(TextWriter output)
    {
        var widths = _headers.Select((h, i) => _rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
        output.Write(Line(_headers, widths));
        output.Write(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
        foreach (var row in _rows) output.Write(Line(row, widths));
    }

    private string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append(Gap);
            var pad = new string(' ', widths[i] - Width(cells[i]));
            line.Append(_rightAligned.Contains(i) ? pad + cells[i] : cells[i] + pad);
        }
        return line.ToString().TrimEnd() + "\n";
    }

    private string Fit(string cell, int column)
    {
        if (!_maxWidths.TryGetValue(column, out int max) || Width(cell) <= max) return cell;
        var elements = StringInfo.GetTextElementEnumerator(cell);
        var cut = new StringBuilder();
        while (elements.MoveNext() && Width(cut.ToString()) < max - 1) cut.Append(elements.GetTextElement());
        return cut.ToString().TrimEnd() + "…";
    }

    private static string Flatten(string cell) => cell.ReplaceLineEndings(" ");

    /// <summary>Display width in text elements (a combined character counts once).</summary>
    private static int Width(string text) => new StringInfo(text).LengthInTextElements;
}

using System.Text;

namespace NewsFigures;

/// <summary>RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal static class CsvRows
{
    /// <summary>Each row with the 1-based line it starts on; throws <see cref="FormatException"/> naming the line of an unclosed quote.</summary>
    public static List<(int Line, List<string> Fields)> Parse(string text)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, rowLine = 1;
        bool quoted = false, fieldWasQuoted = false;

        void EndField() { fields.Add(fieldWasQuoted ? field.ToString() : field.ToString().Trim()); field.Clear(); fieldWasQuoted = false; }
        void EndRow()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Length > 0) rows.Add((rowLine, [.. fields]));
            fields.Clear();
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0) { quoted = true; fieldWasQuoted = true; field.Clear(); }
            else if (c == ',') EndField();
            else if (c == '\r') { }
            else if (c == '\n') { EndRow(); line++; rowLine = line; }
            else field.Append(c);
        }
        if (quoted) throw new FormatException($"line {rowLine}: a quoted field is never closed.");
        if (field.Length > 0 || fields.Count > 0) EndRow();
        return rows;
    }
}

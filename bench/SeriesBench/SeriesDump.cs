using System.Globalization;
using NewsFigures;

namespace SeriesBench;

/// <summary>
/// Every field of a list of series as plain lines: the metric with its phrases and their reasons, each point with all its
/// sources, the changes and the conflicts; then what lookups by name find, and every figure's topic. Two runs that build
/// the same series write the same bytes, so a change meant to make series faster is checked by comparing dumps taken
/// before and after it.
/// </summary>
internal static class SeriesDump
{
    public static void Write(IReadOnlyList<Series> series, TextWriter output)
    {
        foreach (var s in series)
        {
            var g = s.Group;
            Line(output, "series", s.Metric, s.Unit, s.Topic.ToString(), g.Name, g.TopicReason, Number(g.Figures.Count));
            foreach (var p in g.Phrases) Line(output, "  phrase", p.Phrase, Number(p.Figures), p.Reason);
            foreach (var f in g.Figures) Line(output, "  figure", f.File, Number(f.PieceNumber), Number(f.Figure.Start));
            foreach (var p in s.Points)
            {
                Line(output, "  point", p.Label, p.Period, p.Year is { } y ? Number(y) : null, Number(p.Value), p.Unit, p.Bound.ToString(),
                    Flag(p.Derived), Flag(p.Forecast), Flag(p.Conflict), p.Rule, p.Note, p.Sentence, p.Outlet, Date(p.Date));
                foreach (var source in p.Sources) Source(output, "    source", source);
            }
            foreach (var c in s.Changes)
            {
                Line(output, "  change", c.Label, c.Period, c.BasePeriod, Number(c.Value), c.Unit, c.Bound.ToString(), c.Text, c.Note);
                Source(output, "    source", c.Source);
            }
            foreach (var c in s.Conflicts)
            {
                Line(output, "  conflict", c.Label, c.Note);
                foreach (var p in c.Points) Line(output, "    point", p.Label, Number(p.Value), p.Bound.ToString(), Flag(p.Derived), p.SourceText, p.Note);
            }
        }
    }

    /// <summary>The series a lookup by name finds, or the message saying why none or several were found.</summary>
    public static void WriteLookup(string name, Func<Series> lookup, TextWriter output)
    {
        Series found;
        try
        {
            found = lookup();
        }
        catch (KeyNotFoundException e)
        {
            Line(output, "lookup", name, "not found", e.Message);
            return;
        }
        Line(output, "lookup", name, "found", found.Metric);
        Write([found], output);
    }

    /// <summary>Every figure's topic and its reason.</summary>
    public static void WriteTopics(IReadOnlyList<FigureTopic> topics, TextWriter output)
    {
        foreach (var t in topics) Line(output, "topic", t.Figure.File, Number(t.Figure.Figure.Start), t.Topic.ToString(), t.Reason);
    }

    private static void Source(TextWriter output, string tag, PointSource s) =>
        Line(output, tag, s.File, Number(s.Piece), s.PieceTitle, s.Outlet, Date(s.Date), s.Text, Number(s.Value), s.Unit, s.Qualifier,
            s.Kind.ToString(), s.Period, s.Sentence, s.Attribution, Number(s.Start), Number(s.End));

    // Fields separated by " | ", null as "∅", line breaks inside a field escaped, so one record is one line.
    private static void Line(TextWriter output, string tag, params string?[] fields)
    {
        output.Write(tag);
        foreach (var field in fields)
        {
            output.Write(" | ");
            output.Write(field is null ? "∅" : field.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r"));
        }
        output.Write('\n');
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

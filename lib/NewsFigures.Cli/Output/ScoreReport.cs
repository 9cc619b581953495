using System.Globalization;

namespace NewsFigures.Cli.Output;

/// <summary>A gold comparison as `score` prints it: counts, precision and recall, then one line per field; with
/// --rules one line per extraction rule, with --details every miss, false hit and disagreement.</summary>
internal static class ScoreReport
{
    private static readonly (FigureField Field, string Name, string Rule)[] Fields =
    [
        (FigureField.Unit, "unit", "equal"),
        (FigureField.Kind, "kind", "equal"),
        (FigureField.Metric, "metric", "at least half the gold phrase's content words"),
        (FigureField.MetricStrict, "metric, strict", "and the gold phrase's head noun"),
        (FigureField.Period, "period", "equal in normal form"),
        (FigureField.Attribution, "attribution", "both none, or half the words of the source or its gloss"),
        (FigureField.Qualifier, "qualifier", "equal"),
    ];

    public static void Write(GoldComparison c, TextWriter output)
    {
        int gold = c.Matches.Count + c.Misses.Count, found = c.Matches.Count + c.FalseHits.Count;
        output.WriteLine($"{gold} gold figures, {found} found, {c.Matches.Count} matched, {c.Misses.Count} missed, {c.FalseHits.Count} false hits");
        output.WriteLine(Invariant($"precision {c.Precision:F3}  recall {c.Recall:F3}"));
        output.WriteLine();
        var table = new TextTable("field", "agreement", "matches", "rule").RightAlign(1).RightAlign(2);
        foreach (var (field, name, rule) in Fields)
            table.Add(name, Invariant($"{c.Agreement(field):F3}"), $"{c.Agreeing(field)}/{c.Matches.Count}", rule);
        table.Write(output);
    }

    public static void WriteDetails(GoldComparison c, TextWriter output)
    {
        output.WriteLine();
        foreach (var g in c.Misses)
            output.WriteLine(Invariant($"MISS   {g.File} {g.Start}-{g.End} \"{g.Text}\" {g.Value} {g.Unit} | {g.Sentence}"));
        foreach (var f in c.FalseHits)
            output.WriteLine(Invariant($"FALSE  {f.File} {f.Figure.Start}-{f.Figure.End} \"{f.Figure.Text}\" {f.Figure.Value} {f.Figure.Unit} | {f.Figure.Sentence}"));
        foreach (var m in c.Matches)
            if (m.Disagreement is { Length: > 0 } wrong)
                output.WriteLine($"WRONG  {m.Gold.File} {m.Gold.Start}-{m.Gold.End} \"{m.Gold.Text}\": {wrong}");
    }

    /// <summary>Per rule of the pipeline, per field: how many matched figures it decided and how many of those agree.</summary>
    public static void WriteRules(GoldComparison c, TextWriter output)
    {
        output.WriteLine();
        var table = new TextTable("field", "rule", "decided", "agree", "agreement").RightAlign(2).RightAlign(3).RightAlign(4);
        foreach (var row in RuleAgreement.Of(c))
            table.Add(row.Field.ToString().ToLowerInvariant(), row.Rule, $"{row.Decided}", $"{row.Agreeing}",
                row.Decided == 0 ? "-" : Invariant($"{row.Agreement:F3}"));
        table.Write(output);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

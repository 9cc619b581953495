namespace NewsFigures;

/// <summary>"Norway produced about 2 million barrels per day in 2024": Norway's production (a quantity a verb of producing, exporting or
/// consuming takes as object names the verb's noun, owned by the subject).</summary>
internal sealed class OutputVerbMetric : IMetricRule
{
    private const int MaxWordsBetween = 2;

    public string Name => "metric.output-verb";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        // a measure, or a flow of counted things ("barrels per day", "cars a year")
        bool flow = c.Unit.HasNoun && (s.Is(c.Unit.NounHead + 1, "per") || s.Is(c.Unit.NounHead + 1, "a")) && s.Has(c.Unit.NounHead + 2, WordClass.TimeUnit);
        bool quantity = c.Unit.Class == UnitClass.Measure || c.Unit.HasNoun && UnitReader.IsMeasureUnit(s.Span(c.Unit.NounHead)) || flow;
        if (!quantity || c.BorrowedUnit || x.AmountSubject.Length == 0 || x.At.SubjectIsPronoun) return null;
        for (int k = c.TextFirst - 1; k >= x.At.ClauseStart && c.TextFirst - k <= MaxWordsBetween + 1; k--)
        {
            if (!s.IsWord(k)) return null;
            if (s.IsLower(k) && Noun(s.Span(k)) is { } noun) return MetricProposal.Phrase($"{MetricReader.Possessive(x.AmountSubject)} {noun}", fromSubject: true);
            if (!s.Has(k, WordClass.Determiner) && !(s.IsLower(k) && s.Span(k).EndsWith("ly"))) return null;
        }
        return null;
    }

    private static string? Noun(ReadOnlySpan<char> verb) => verb switch
    {
        "produce" or "produces" or "produced" or "producing" => "production",
        "generate" or "generates" or "generated" or "generating" => "generation",
        "export" or "exports" or "exported" or "exporting" => "exports",
        "import" or "imports" or "imported" or "importing" => "imports",
        "consume" or "consumes" or "consumed" or "consuming" => "consumption",
        "ship" or "ships" or "shipped" or "shipping" => "shipments",
        _ => null,
    };
}

namespace NewsFigures;

/// <summary>"DeepSeek's seven-day surge" counts days of the surge; "a 500-megawatt plant" sizes the plant; "China's first
/// trillion-parameter AI model" counts parameters of the model; "sales rose to 600,000, a 67-percent rise" changes what the
/// figure before measures; "the 10.3-percent passenger traffic gain" changes passenger traffic.</summary>
internal sealed class CompoundUnitMetric : IMetricRule
{
    public string Name => "metric.compound";

    private const int MaxWordsBeforeChange = 4;

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.Class != UnitClass.Compound ? null
        // "slipped 0.4 percent to a 1.14 million-unit rate": a pace or rate in units is the rate of what the clause measures
        : IsPace(x) ? (x.Before is { Kind: FigureKind.Change } changed && changed.Metric.Length > 0 && changed.TextFirst >= x.At.ClauseStart
            ? MetricProposal.Phrase(changed.Metric) : MetricProposal.Phrase(x.AmountSubject, fromSubject: true))
        : x.C.Unit.Unit != "percent" ? MetricProposal.Phrase(MetricReader.CompoundMetric(x))
        : ChangeWord(x) is not { } change ? MetricProposal.Phrase(x.S.Join(x.C.Unit.NounHead + 1, MetricReader.CompoundEnd(x.S, x.C.Unit.NounHead)))
            ?? MetricProposal.Phrase(MetricReader.CompoundMetric(x))
        // "the 28.1-percent demand improvement": what the words before the change name ("a 10-percent annual rise" names none)
        : FirstNamingWord(x, change) is var named && named < change ? MetricProposal.Phrase(x.S.Join(named, change))
        : MeasuredBefore(x) is { } before ? MetricProposal.Phrase(before.Metric)
        : x.AmountSubject.Length > 0 ? MetricProposal.Phrase(x.AmountSubject, fromSubject: true) : null;

    private static bool IsPace(MetricQuery x) =>
        x.C.Unit.Unit == "unit" && x.S.IsLower(x.C.Unit.NounHead + 1) && x.S.Span(x.C.Unit.NounHead + 1) is "pace" or "rate" or "clip";

    // "in the seven-month period for a 67-percent rise": the figure before that measures, not another compound
    private static FigureDraft? MeasuredBefore(MetricQuery x)
    {
        for (int g = x.Index - 1; g >= 0; g--)
            if (x.Figures[g].Unit.Class != UnitClass.Compound) return x.Figures[g];
        return null;
    }

    private static int FirstNamingWord(MetricQuery x, int change)
    {
        int k = x.C.Unit.NounHead + 1;
        while (k < change && ChangeInNounMetric.DescribesTheChange(x.S.Span(k))) k++;
        return k;
    }

    // The change noun a few words after "percent" ("rise", "passenger traffic gain"), before any preposition or verb.
    private static int? ChangeWord(MetricQuery x)
    {
        for (int k = x.C.Unit.NounHead + 1; k <= x.C.Unit.NounHead + MaxWordsBeforeChange && x.S.IsWord(k); k++)
        {
            if (x.S.Has(k, WordClass.ChangeUp | WordClass.ChangeDown)) return k;
            if (!x.S.IsLower(k) || x.S.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Stopword | WordClass.Auxiliary) || Clauses.IsVerbLike(x.S, k))
                return null;
        }
        return null;
    }
}

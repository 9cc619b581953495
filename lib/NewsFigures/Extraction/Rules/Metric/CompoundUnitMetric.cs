namespace NewsFigures;

/// <summary>"DeepSeek's seven-day surge" counts days of the surge; "a 500-megawatt plant" sizes the plant; "China's first
/// trillion-parameter AI model" counts parameters of the model; "sales rose to 600,000, a 67-percent rise" changes what the
/// figure before measures.</summary>
internal sealed class CompoundUnitMetric : IMetricRule
{
    public string Name => "metric.compound";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.Class != UnitClass.Compound ? null
        : !IsPercentChange(x) ? MetricProposal.Phrase(MetricReader.CompoundMetric(x))
        : MeasuredBefore(x) is { } before ? MetricProposal.Phrase(before.Metric)
        : x.AmountSubject.Length > 0 ? MetricProposal.Phrase(x.AmountSubject, fromSubject: true) : null;

    // "in the seven-month period for a 67-percent rise": the figure before that measures, not another compound
    private static FigureDraft? MeasuredBefore(MetricQuery x)
    {
        for (int g = x.Index - 1; g >= 0; g--)
            if (x.Figures[g].Unit.Class != UnitClass.Compound) return x.Figures[g];
        return null;
    }

    // "a 67-percent rise" counts no percents: it is a change of what the sentence measures
    internal static bool IsPercentChange(MetricQuery x) =>
        x.C.Unit.Unit == "percent" && x.C.Unit.Class == UnitClass.Compound
        && (x.S.Has(x.C.Unit.NounHead, WordClass.ChangeUp | WordClass.ChangeDown) || x.S.Has(x.C.Unit.NounHead + 1, WordClass.ChangeUp | WordClass.ChangeDown));
}

namespace NewsFigures;

/// <summary>"Renewables made up 30 percent of the country's electricity": renewables share of the country's electricity;
/// "Only 40% of trains were on time": share of trains on time (a share that opens its clause says what state that part is in).</summary>
internal sealed class ShareOfWholeMetric : IMetricRule
{
    public string Name => "metric.share-of-whole";

    public MetricProposal? Propose(MetricQuery x)
    {
        if (x.Kind != FigureKind.Share || !(x.S.Is(Next(x), "of") || x.S.Is(Next(x), "in"))) return null;
        int wholeEnd = MetricReader.NounPhraseEnd(x.S, Next(x) + 1, x.At.ClauseEnd, x.Times);
        string whole = x.S.Join(Next(x), wholeEnd);
        string said = x.AmountSubject.Length == 0 && x.At.SubjectPosition ? WhatThePartDoes(x, wholeEnd) : "";
        return MetricProposal.Phrase($"{x.AmountSubject} share {whole} {said}", x.AmountSubject.Length > 0);
    }

    private static int Next(MetricQuery x) => x.C.TextLast + 1;

    // "of patients were treated within 18 weeks": "treated within 18 weeks"; "were on a waiting list": "on a waiting list".
    private static string WhatThePartDoes(MetricQuery x, int from)
    {
        var s = x.S;
        int k = from;
        while (s.Has(k, WordClass.Auxiliary)) k++;
        if (k == from || !(MetricReader.IsParticiple(s, k) || s.Has(k, WordClass.Preposition))) return ""; // "of experts hail from ...": the share alone
        int end = k;
        while (end < x.At.ClauseEnd && end - k < MetricReader.MaxPredicateTokens && !MetricReader.StartsFigureOrTime(end, x.Figures, x.Times)
               && !MetricReader.IsAdjunctStart(s.Span(end))) end++;
        return s.Join(k, MetricReader.TrimEnd(s, k, end));
    }
}

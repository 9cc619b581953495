namespace NewsFigures;

/// <summary>"Renewables made up 30 percent of the country's electricity": renewables share of the country's electricity;
/// "Only 40% of trains were on time": share of trains on time (a share that opens its clause says what state that part is in,
/// or what it does: "73% of adults gambled").</summary>
internal sealed class ShareOfWholeMetric : IMetricRule
{
    public string Name => "metric.share-of-whole";

    public MetricProposal? Propose(MetricQuery x)
    {
        if (x.Kind != FigureKind.Share || !(x.S.Is(Next(x), "of") || x.S.Is(Next(x), "in"))) return null;
        int wholeEnd = MetricReader.NounPhraseEnd(x.S, Next(x) + 1, MetricReader.ClauseEndFrom(x, Next(x)), x.Times);
        // "fell from 77.5% in July", "8.7% in November": no whole, a time
        if (wholeEnd <= Next(x) + 1 || MetricReader.StartsMonthOrQuarterPhrase(x.S, Next(x))) return null;
        // "53% of patients on trolleys yesterday were waiting": the day is no part of the whole
        int shownEnd = x.S.Is(wholeEnd - 1, "yesterday") || x.S.Is(wholeEnd - 1, "today") ? wholeEnd - 1 : wholeEnd;
        string whole = TotalOfCountBefore(x, wholeEnd) ?? x.S.Join(Next(x), shownEnd);
        string said = x.AmountSubject.Length == 0 && x.At.SubjectPosition ? MetricReader.PassivePredicate(x, wholeEnd, orPlace: true) : "";
        if (said.Length == 0 && x.AmountSubject.Length == 0 && x.At.SubjectPosition) said = MetricReader.ActivePredicate(x, wholeEnd);
        return MetricProposal.Phrase($"{x.AmountSubject} share {whole} {said}", x.AmountSubject.Length > 0);
    }

    // "Almost half (48) of the top 100 charities": the count in brackets restates the share; its whole follows
    private static int Next(MetricQuery x) => MetricReader.AfterBracketedFigure(x.S, x.C.TextLast + 1);

    // "1,146 AI researchers, or 57.3% of the global total": a total that names nothing is the total of what the count
    // before it counted ("of the global total of AI researchers")
    private static string? TotalOfCountBefore(MetricQuery x, int wholeEnd)
    {
        if (!x.S.Is(wholeEnd - 1, "total")) return null;
        for (int i = Next(x) + 1; i < wholeEnd - 1; i++)
            if (!(x.S.Is(i, "the") || x.S.Is(i, "global") || x.S.Is(i, "world") || x.S.Is(i, "world's") || x.S.Is(i, "world’s")
                || x.S.Is(i, "entire") || x.S.Is(i, "overall")))
                return null;
        for (int f = x.Index - 1; f >= 0; f--)
        {
            var count = x.Figures[f];
            if (count.Unit.HasNoun && !count.IsMeasure)
                return x.S.Join(Next(x), wholeEnd) + " of " + x.S.Join(count.Unit.NounFirst, count.Unit.NounEnd);
            // "232 of the world's top AI researchers": the partitive names the whole itself
            int of = count.TextLast + 1;
            if (count.Unit.Class == UnitClass.Counted && x.S.Is(of, "of") && of + 1 < Next(x))
                return x.S.Join(of, MetricReader.NounPhraseEnd(x.S, of + 1, Next(x), x.Times));
        }
        return null;
    }
}

namespace NewsFigures;

/// <summary>"lowered its 2024 copper production expectations to 2.8 million tons", "beat its own 2017 record of 18 launches",
/// "2013 CO2 emissions: 11 billion tons": a year written before the measure the figure gives, in the figure's clause or
/// the heading before its colon, dates the figure when the sentence names no period it may take. A year before a
/// document or an event ("the 2017 plan", "the 2025 conference") names it and dates nothing.</summary>
internal sealed class YearOfMeasurePeriod : IPeriodRule
{
    private const int MaxWordsToMeasure = 3;

    public string Name => "period.year-of-measure";

    public PeriodProposal? Propose(FigureQuery q)
    {
        var s = q.S;
        int from = q.ClauseStart;
        // "2013 Population: 1.36 billion": a heading before a colon speaks of the figure after it
        if (s.IsPunct(from - 1, ':')) from = Clauses.Start(s, from - 2);
        for (int k = q.Figure.TextFirst - 1; k >= from; k--)
        {
            if (!s.IsDigits(k) || !NonFigureRules.IsYearDigits(s.Span(k)) || s.Has(k - 1, WordClass.Preposition) || MetricReader.InFigure(k, q.Figures)) continue;
            // ("the August 2021 total of $47.3 billion but a decrease of 3.4%": the year dates the first figure after it only)
            if (q.Figures.Any(f => f.TextFirst > k && f.TextFirst < q.Figure.TextFirst)) break;
            // "CO2" is a word and its digit to the tokenizer: a digit stuck to a word stays in the phrase
            for (int m = k + 1; m <= k + MaxWordsToMeasure + 1 && m < q.Figure.TextFirst && (s.IsWord(m) || s.IsDigits(m) && s.Touches(m) && s.IsWord(m - 1)); m++)
                if (IsMeasureNoun(s.Span(m))) return new PeriodProposal(MonthOfYear(q, k) ?? s.Span(k).ToString(), false);
        }
        return null;
    }

    // "the August 2021 total": the month the year is written with
    private static string? MonthOfYear(FigureQuery q, int year)
    {
        foreach (var time in q.Sentence.Times)
            if (time.Last == year && time.First < year && time.Period.Length == 7) return time.Period;
        return null;
    }

    private static bool IsMeasureNoun(ReadOnlySpan<char> w) =>
        w is "record" or "production" or "output" or "emissions" or "population" or "Population" or "strength" or "revenue" or "revenues"
            or "sales" or "profit" or "profits" or "exports" or "imports" or "deficit" or "surplus" or "harvest" or "crop" or "earnings"
            or "figures" or "total" or "count" or "census" or "expectations" or "estimate" or "estimates";
}

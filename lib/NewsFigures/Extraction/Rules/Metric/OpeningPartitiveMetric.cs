namespace NewsFigures;

/// <summary>"Of the 237 influenza A subtypes, 79.3% were H1N1", "Of the calls NHS 111 triaged, just 11% led to an ambulance":
/// a percent that opens the clause after a phrase "Of the ..." is a part of that whole, doing what the clause says; so is a
/// count of the whole's own noun ("Of these deaths 300 were from accidental fires").</summary>
internal sealed class OpeningPartitiveMetric : IMetricRule
{
    private const int MaxWholeTokens = 10;

    public string Name => "metric.opening-partitive";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (!s.Is(s.First, "Of") || !s.IsCapitalized(s.First)) return null;
        // "Of these deaths 300 were from accidental fires": a count of the whole's own noun, its comma left out or not
        // (the noun the unit reader read it to count: BareNumberUnit.OpeningPartitiveNoun)
        bool countOfWhole = c.Unit.Class is UnitClass.Counted or UnitClass.None && c.Unit.Unit is { } counted
            && BareNumberUnit.OpeningPartitiveNoun(s, c) == counted;
        if (c.Unit.Class != UnitClass.Percent && !countOfWhole) return null;
        int comma = s.First + 1;
        while (comma < s.End && comma - s.First <= MaxWholeTokens && !s.IsClauseBreak(comma) && !(countOfWhole && comma == c.TextFirst)) comma++;
        if (countOfWhole && comma == c.TextFirst) comma--; // no comma: the whole ends right before the count
        // (", just 11%": an adverb of degree may stand before the figure)
        bool opensClause = c.TextFirst == comma + 1 || c.TextFirst == comma + 2 && s.Span(comma + 1) is "just" or "only" or "about" or "some" or "nearly" or "almost" or "around";
        if (!(s.IsPunct(comma, ',') || countOfWhole && c.TextFirst == comma + 1) || !opensClause) return null;
        if (!s.IsPunct(comma, ',')) comma++;
        int first = s.First + 1;
        while (first < comma && (s.Has(first, WordClass.Determiner) || s.IsDigits(first) || s.Is(first, ","))) first++; // "the 237"
        // "Of these, 7,039 are children": a pronoun names no whole
        if (Clauses.ContentWords(s, first, comma) == 0 || s.Has(first, WordClass.Pronoun) && first + 1 == comma) return null;
        string predicate = MetricReader.Predicate(x, c.ExtentLast + 1, x.At.ClauseEnd);
        return MetricProposal.Phrase($"{s.Join(first, comma)} {predicate}");
    }
}

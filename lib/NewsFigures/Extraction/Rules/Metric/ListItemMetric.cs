namespace NewsFigures;

/// <summary>"Adult obesity rates were highest in the following states:" then "Arkansas — 35.9 percent": a figure that a
/// label and a colon or dash introduce, in a list under a heading that ends with a colon, measures the heading's subject in
/// that label (adult obesity rates in Arkansas), whether the list runs on in the heading's sentence ("Job increases were
/// recorded in these sectors: • Trade: 92,000") or stands in lines of its own.</summary>
internal sealed class ListItemMetric : IMetricRule
{
    private const int MaxLabelWords = 6;

    public string Name => "metric.list-item";

    public MetricProposal? Propose(MetricQuery x)
    {
        var s = x.S;
        if (Label(s, x.C.TextFirst) is not { } label) return null;
        string? measure = x.Sentence.HeadingMeasure ?? ListHeading.MeasureInSentence(s, label.First);
        return measure is null ? null : MetricProposal.Phrase($"{measure} in {s.Join(label.First, label.End)}");
    }

    /// <summary>The label right before a figure, set off by a colon or a dash ("Arkansas —", "• Community and social
    /// services:"): capitalized at its start, after the sentence's start, a bullet or the figure before.</summary>
    private static (int First, int End)? Label(SentenceTokens s, int figure)
    {
        int mark = figure - 1;
        if (!(s.IsPunct(mark, ':') || MetricReader.IsDash(s, mark))) return null;
        int first = mark, words = 0;
        while (first > s.First && words < MaxLabelWords)
        {
            if (s.IsWord(first - 1)) { first--; words++; }
            // "Utilities (electricity, gas, water supply):": a parenthesis inside the label
            else if (s.IsPunct(first - 1, ')') && Clauses.OpeningParenthesis(s, first - 1) is > 0 and var open) first = open;
            else break;
        }
        bool opens = first == s.First || s.IsPunct(first - 1, '•') || s.IsPunct(first - 1, '*') || s.IsDigits(first - 1) || s.IsPunct(first - 1, ':');
        return first < mark && opens && s.IsCapitalized(first) ? (first, mark) : null;
    }
}

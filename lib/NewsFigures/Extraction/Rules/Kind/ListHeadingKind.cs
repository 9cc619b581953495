namespace NewsFigures;

/// <summary>"Job losses were recorded in these sectors:" then "• Manufacturing: 96,000": a list item without a verb under a
/// heading that names a change is that change, negative for a fall, whether the list runs on in the heading's sentence or
/// stands in lines of its own (a figure with a change word or a level of its own is read by the rules before).</summary>
internal sealed class ListHeadingKind : IKindRule
{
    public string Name => "kind.list-heading";

    public KindProposal? Propose(FigureQuery q)
    {
        if (KindCues.StatesLevel(q.S, q.Figure)) return null;
        int direction = q.Sentence.HeadingChange != 0 ? q.Sentence.HeadingChange : HeadingInSentence(q);
        return direction != 0 ? KindProposal.Change(direction, q.Figure.Value) : null;
    }

    // the sentence's first colon before the figure ends a heading that names a change, and no verb stands between them
    private static int HeadingInSentence(FigureQuery q)
    {
        var s = q.S;
        int colon = ListHeading.ColonBefore(s, q.Figure.TextFirst);
        // "Turnover decreased by 4.5% to £21.8 million (2015: £22.9 million)": a heading states no figure of its own
        // an item is verbless, or a label set off by a colon ("Utilities (electricity, gas, water supply): 6,000")
        bool labelled = q.Figure.TextFirst - 1 > colon && s.IsPunct(q.Figure.TextFirst - 1, ':');
        if (colon < 0 || q.Index > 0 && q.Figures[0].TextFirst < colon || !labelled && MetricReader.HasVerbBetween(s, colon + 1, q.Figure.TextFirst)) return 0;
        return ListHeading.ChangeNamed(s, s.First, colon);
    }
}

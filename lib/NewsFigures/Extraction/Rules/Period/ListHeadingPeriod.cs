namespace NewsFigures;

/// <summary>"Harvest figures for 2023/24:" then "Wheat 21.4 million tonnes (up 3%)": a verbless list item under a heading
/// that names a period takes it, unless the figure states a frame of its own ("since the end of the season").</summary>
internal sealed class ListHeadingPeriod : IPeriodRule
{
    public string Name => "period.list-heading";

    public PeriodProposal? Propose(FigureQuery q) =>
        q.Sentence.HeadingPeriod is { } period && !OwnFrame(q.S, q.Figure, q.ClauseEnd) ? new PeriodProposal(period, false) : null;

    private static bool OwnFrame(SentenceTokens s, FigureDraft f, int clauseEnd)
    {
        for (int k = f.TextLast + 1; k < clauseEnd; k++)
            if (s.Is(k, "since") || s.Is(k, "ago")) return true;
        return false;
    }
}

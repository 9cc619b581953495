namespace NewsFigures;

/// <summary>"will account for 95 percent of net new advertising growth in 2018 and 99 percent in 2019": a percent that goes on
/// from a share percent past the whole its "of" names, after "and" or a comma with no verb between, is a share of that
/// whole (a noun of change in the whole's name sizes neither).</summary>
internal sealed class ShareListKind : IKindRule
{
    public string Name => "kind.share-list";

    public KindProposal? Propose(FigureQuery q)
    {
        var s = q.S;
        if (q.Index == 0 || !KindCues.IsPercent(q.Figure) || q.Figures[q.Index - 1] is not { Kind: FigureKind.Share } share
            || !KindCues.IsPercent(share) || !s.Is(share.TextLast + 1, "of")) return null;
        if (!s.Is(q.Figure.TextFirst - 1, "and") && !s.IsPunct(q.Figure.TextFirst - 1, ',')) return null;
        // ("40 percent of revenue, 9 percent more than in 2019", "9 percent growth": a change of its own)
        int after = q.Figure.TextLast + 1;
        if (s.Has(after, WordClass.ChangeUp | WordClass.ChangeDown) || s.Is(after, "more") || s.Is(after, "less")) return null;
        for (int k = share.TextLast + 1; k < q.Figure.TextFirst; k++)
            if (Clauses.IsVerbLike(s, k) && !IsNounOfChange(s, k) || s.Has(k, WordClass.ClauseWord)) return null;
        return new KindProposal(FigureKind.Share, q.Figure.Value);
    }

    // "of freight growth", "of growth": a word of change after a noun, a preposition or a determiner names a thing
    private static bool IsNounOfChange(SentenceTokens s, int k) =>
        s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) && (Clauses.IsChangeNoun(s, k) || s.Has(k - 1, WordClass.Preposition | WordClass.Determiner));
}

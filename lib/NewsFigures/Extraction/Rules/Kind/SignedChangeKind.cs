namespace NewsFigures;

/// <summary>"(+5.9% year-on-year)", "saw traffic drop -5%", "and -2% in Italy": a percent written with its own plus or minus
/// sign is a change, of that sign (not the second end of a range, "3-5%").</summary>
internal sealed class SignedChangeKind : IKindRule
{
    public string Name => "kind.signed-change";

    public KindProposal? Propose(FigureQuery q)
    {
        var (s, c) = (q.S, q.Figure);
        int sign = c.TextFirst - 1;
        if (!KindCues.IsPercent(c) || !s.Touches(c.TextFirst) || s.IsDigits(sign - 1) && s.Touches(sign)) return null;
        if (s.IsPunct(sign, '+')) return KindProposal.Change(1, c.Value);
        // a hyphen, the minus sign, or the en dash some sites print for it ("a monthly change of –0.3%")
        return s.IsPunct(sign, '-') || s.IsPunct(sign, '−') || s.IsPunct(sign, '–') ? KindProposal.Change(-1, c.Value) : null;
    }
}

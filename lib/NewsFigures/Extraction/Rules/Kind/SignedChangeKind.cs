namespace NewsFigures;

/// <summary>"(+5.9% year-on-year)", "saw traffic drop -5%", "and -2% in Italy": a percent written with its own plus or minus
/// sign is a change, of that sign (not the second end of a range, "3-5%"); so is an amount or a count with a plus, or with a
/// minus at the start of a bracket or a list item ("(+$0.99 to $31.06)", "(-36,000; -0.5%)"); and a percent after "minus"
/// or "plus" ("(minus 55 per cent)"), or after a sign set apart right inside a bracket ("(+ 0.5%)").</summary>
internal sealed class SignedChangeKind : IKindRule
{
    public string Name => "kind.signed-change";

    public KindProposal? Propose(FigureQuery q)
    {
        var (s, c) = (q.S, q.Figure);
        int sign = c.TextFirst - 1;
        // "(minus 55 per cent)", "plus 19 per cent": the sign written as a word
        if (KindCues.IsPercent(c) && s.IsLower(sign) && (s.Is(sign, "minus") || s.Is(sign, "plus"))) return KindProposal.Change(s.Is(sign, "minus") ? -1 : 1, c.Value);
        // "(+ 0.5%)", "(- 2.3%)": a sign set apart from the percent, right inside a bracket
        if (KindCues.IsPercent(c) && !s.Touches(c.TextFirst) && s.IsPunct(sign - 1, '(') && s.Touches(sign)
            && (s.IsPunct(sign, '+') || s.IsPunct(sign, '-') || s.IsPunct(sign, '−'))) return KindProposal.Change(s.IsPunct(sign, '+') ? 1 : -1, c.Value);
        if (!s.Touches(c.TextFirst) || s.IsDigits(sign - 1) && s.Touches(sign) || c.Unit.Class == UnitClass.Measure && c.Unit.Unit is "°C" or "°F") return null;
        // "(+$0.99 to $31.06)", "(+43,000; +0.7%)": a plus before an amount or a count too; a minus only in such a bracket or
        // list ("(-36,000; -0.5%)"), not a negative level ("a balance of -$2 billion")
        if (!KindCues.IsPercent(c) && !(s.IsPunct(sign, '+') || s.IsPunct(sign - 1, '(') || s.IsPunct(sign - 1, ';'))) return null;
        if (s.IsPunct(sign, '+')) return KindProposal.Change(1, c.Value);
        // a hyphen, the minus sign, or the en dash some sites print for it ("a monthly change of –0.3%")
        return s.IsPunct(sign, '-') || s.IsPunct(sign, '−') || s.IsPunct(sign, '–') ? KindProposal.Change(-1, c.Value) : null;
    }
}

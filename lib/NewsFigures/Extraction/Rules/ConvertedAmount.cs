namespace NewsFigures;

/// <summary>"650 billion yuan ($89.5 billion)", "IDR 419.2 trillion (approx. USD $32 billion)": an amount in parentheses
/// right after another amount converts it, so it states the same thing (a word of approximation and the currency's code
/// may open the parentheses).</summary>
internal static class ConvertedAmount
{
    public static bool Is(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f)
    {
        if (f == 0) return false;
        var (before, c) = (figures[f - 1], figures[f]);
        // ("18.2 million euros (41.5 million)": an amount in brackets that writes no money of its own is a comparative in the
        // same money, no conversion)
        if (before.Unit.Class != UnitClass.Currency || c.Unit.Class != UnitClass.Currency || before.Unit.Unit == c.Unit.Unit && s.IsDigits(c.TextFirst))
            return false;
        int open = c.TextFirst - 1;
        while (open > before.TextLast + 1 && IsOpeningWord(s, open)) open--;
        return s.IsPunct(open, '(') && open - 1 == before.TextLast;
    }

    // "approx.", "approximately", "USD", the "US" of "(US $2.1 trillion)": words that may stand between the bracket and the
    // converted amount
    private static bool IsOpeningWord(SentenceTokens s, int k) =>
        s.IsPunct(k, '.') && s.Is(k - 1, "approx") || s.Span(k) is "US" && s.IsPunct(k + 1, '$')
        || s.IsWord(k) && (s.Span(k) is "approx" or "approximately" or "roughly" or "around" or "about" or "nearly" or "some"
            || UnitReader.IsCurrencyCode(s.Span(k)));
}

namespace NewsFigures;

/// <summary>"650 billion yuan ($89.5 billion)": an amount in parentheses right after another amount converts it, so it
/// states the same thing.</summary>
internal static class ConvertedAmount
{
    public static bool Is(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f)
    {
        if (f == 0) return false;
        var (before, c) = (figures[f - 1], figures[f]);
        return before.Unit.Class == UnitClass.Currency && c.Unit.Class == UnitClass.Currency
            && s.IsPunct(c.TextFirst - 1, '(') && c.TextFirst - 2 == before.TextLast;
    }
}

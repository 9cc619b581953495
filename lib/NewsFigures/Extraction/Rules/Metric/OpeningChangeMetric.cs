namespace NewsFigures;

/// <summary>"After a 3% decline on July 3, bean prices rose", "After falling 3% on Monday, the shares rose 2%", "Up 2 percent
/// from 2016, soybean production is forecast": a change in a phrase that opens the sentence ("after", "following",
/// "despite", "before"; "up", "down") and names nothing but its time changes the subject of the clause after the comma.</summary>
internal sealed class OpeningChangeMetric : IMetricRule
{
    private const int MaxPhraseTokens = 10;

    public string Name => "metric.opening-change";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (x.Kind != FigureKind.Change || c.TextFirst > s.First + 3 || (UpOrDownPhraseEnd(s, c) ?? AfterChangePhraseEnd(s, c)) is not { } k)
            return null;
        // then nothing but the change's time up to the comma ("on July 3", "last year", "in the previous session")
        while (k < s.End && k - c.ExtentLast <= MaxPhraseTokens && !s.IsClauseBreak(k)
               && (IsTimeWord(x, k) || IsTimePreposition(s, k) && IsTimeWord(x, k + 1))) k++;
        if (!s.IsPunct(k, ',') || x.Figures.Any(f => f.TextFirst > c.ExtentLast && f.TextFirst < k)) return null;
        if (Clauses.Subject(s, k + 1, s.End) is not { } subject || MetricReader.IsPronoun(s, subject.First, subject.End)
            || Clauses.ContentWords(s, subject.First, subject.End) == 0) return null;
        return MetricProposal.Phrase(s.Join(subject.First, subject.End), fromSubject: true);
    }

    // "After a 3% decline", "After falling 3%": an article before the figure and its noun of change after it, or a verb of
    // change in -ing; the token after the change, else null
    private static int? AfterChangePhraseEnd(SentenceTokens s, FigureDraft c)
    {
        if (!(s.Span(s.First) is "After" or "Following" or "Despite" or "Before")) return null;
        bool noun = s.Is(s.First + 1, "a") || s.Is(s.First + 1, "an");
        int sign = s.IsPunct(s.First + 2, '-') || s.IsPunct(s.First + 2, '+') ? 1 : 0; // "After a -0.48% decline"
        if (c.TextFirst != s.First + 2 + sign || !(noun ? KindCues.IsChangeNounAfterFigure(s, c.ExtentLast + 1) : IsChangeParticiple(s, s.First + 1))) return null;
        return noun ? c.ExtentLast + 2 : c.ExtentLast + 1;
    }

    // "Up 2 percent from 2016, soybean production is forecast", "Down 5% on last year, sales reached": the change's base
    // after "from", "on", "over" or "compared with" is read as its time; the token after the base's preposition, else null
    private static int? UpOrDownPhraseEnd(SentenceTokens s, FigureDraft c)
    {
        if (!(s.Span(s.First) is "Up" or "Down") || c.TextFirst != (s.Is(s.First + 1, "by") ? s.First + 2 : s.First + 1)) return null;
        int k = c.ExtentLast + 1;
        if (s.Is(k, "compared") && (s.Is(k + 1, "with") || s.Is(k + 1, "to"))) k += 2;
        else if (s.Is(k, "from") || s.Is(k, "on") || s.Is(k, "over") || s.Is(k, "versus") || s.Is(k, "against")) k++;
        // "a year earlier", "a year ago"
        if (s.Is(k, "a") && s.Has(k + 1, WordClass.TimeUnit) && (s.Is(k + 2, "earlier") || s.Is(k + 2, "ago") || s.Is(k + 2, "before"))) return k + 3;
        return k;
    }

    private static bool IsChangeParticiple(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k).EndsWith("ing") && s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown);

    // a word of the sentence's times, or of a date the article's date does not resolve ("July 3", "Monday", "the previous session")
    private static bool IsTimeWord(MetricQuery x, int k)
    {
        var s = x.S;
        return MetricReader.StartsTime(k, x.Times) || s.Has(k, WordClass.Month | WordClass.TimeUnit | WordClass.RelativeFrame) || Months.IsWeekday(s, k)
            || s.IsDigits(k) && s.Has(k - 1, WordClass.Month) || s.Is(k, "the") && s.Has(k + 1, WordClass.RelativeFrame) || s.Is(k, "session");
    }

    private static bool IsTimePreposition(SentenceTokens s, int k) =>
        s.Is(k, "on") || s.Is(k, "in") || s.Is(k, "during") || s.Is(k, "over");
}

namespace NewsFigures;

/// <summary>"..., the data showed", "official figures show", "a survey by Ipsos showed", "the study found", "a study has found",
/// "The report from the Gambling Commission found", "The survey revealed": a source noun that shows, finds, reveals or
/// suggests names the source itself, with the name it comes from ("new figures show" names no one).</summary>
internal sealed class DataShowedAttribution : IAttributionRule
{
    private const int MaxNameTokens = 6, MaxLongName = 14, MaxAside = 16;

    public string Name => "attribution.data-showed";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(SourceNounBeforeShow(q.S, q.Figure, q.Sentence.Discourse));

    private static string? SourceNounBeforeShow(SentenceTokens s, FigureDraft figure, Discourse? discourse)
    {
        for (int k = s.First + 1; k < s.End; k++)
        {
            if (!IsShowing(s, k)) continue;
            int end = k - 1; // "a study has found", "the survey also revealed"
            while (end > s.First && (s.Has(end, WordClass.Auxiliary) || s.Is(end, "also"))) end--;
            if (IsAsideMark(s, end) && AsideBefore(s, end) is { } aside)
            {
                // "which interviewed 7756 adults": a figure inside the aside tells of the source, it is not what it shows
                if (figure.TextFirst > aside.Open && figure.TextFirst < end) return null;
                // "The report, issued by the China Internet Network Information Center, revealed": who issued it
                if (aside.IssuedBy is { } issuer) return issuer;
                end = aside.Open - 1;
            }
            // "... Social Security (CALSS) showed": the abbreviation closes the name
            int last = end;
            if (s.IsPunct(end, ')') && s.IsPunct(end - 2, '(') && s.IsCapitalized(end - 1)) end -= 3;
            int head = IsSourceNoun(s, end) ? end : NamedSourceNoun(s, end);
            if (head < 0) continue;
            int first = head;
            while (first - 1 >= s.First && head - first < MaxNameTokens && s.IsWord(first - 1)
                   && !s.Has(first - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord)
                   && !Clauses.IsVerbLike(s, first - 1)) first--;
            // "The most up-to-date statistics also show": freshness written with hyphens names no one either
            if (first == head - 1 && IsUpToDate(s, first)) return null;
            // "new figures show": figures no one is named for
            bool unnamed = true;
            for (int j = first; j < head; j++) unnamed &= IsFreshness(s.Span(j));
            if (unnamed && first < head) return null;
            // ", the data showed": the data credited earlier ("registration data from Experian")
            if (first == head && head == end && s.Is(head - 1, "the") && discourse is not null
                && (discourse.LastSourceWith(s.Span(head).ToString()) ?? discourse.LastSource) is { } earlier) return earlier;
            // "as figures reveal 90 trains were cancelled": a bare plural no one is named for either
            if (first == head && head == last && s.IsLower(head) && !s.Has(head - 1, WordClass.Determiner) && Inflection.IsPlural(s.Span(head))) return null;
            while (first < head && IsFreshness(s.Span(first))) first++; // "Recent government data": the government's
            return s.Join(first, Math.Max(head, last) + 1);
        }
        return null;
    }

    // "The report, issued by X," (or set off by dashes, "released today by X") or "The British Gambling Prevalence survey, which interviewed 7756 adults ...,": an aside
    // between commas right after a source noun; its opening comma, and the name after "issued by" (or "published by",
    // "released by", "compiled by", "conducted by") when it says who made the source
    private static (int Open, string? IssuedBy)? AsideBefore(SentenceTokens s, int close)
    {
        bool bracket = false;
        for (int open = close - 2; open > s.First && close - open <= MaxAside; open--)
        {
            bool bracketHere = s.IsPunct(open, '(') || s.IsPunct(open, ')');
            bracket |= bracketHere;
            if (s.IsClauseBreak(open) && !IsAsideMark(s, open) && !bracketHere) return null;
            if (!IsAsideMark(s, open)) continue;
            // "in Scotland, England and Wales,": a comma inside the aside's own list
            if (!IsSourceNoun(s, open - 1) && !(s.IsCapitalized(open - 1) && NamedSourceNoun(s, open - 1) >= 0)) continue;
            int by = Months.AfterDayOfSaying(s, open + 2); // "released today by"
            bool issued = s.IsLower(open + 1) && s.Span(open + 1) is "issued" or "published" or "released" or "compiled" or "conducted"
                && s.Is(by, "by") && by + 1 < close;
            // "(ONS)" inside an aside is read only in the name of who issued the source
            if (!issued && bracket) return null;
            return (open, issued ? s.Join(by + 1, close) : null);
        }
        return null;
    }

    // a comma, or a dash set off by spaces ("The data – released today by the ONS – showed")
    private static bool IsAsideMark(SentenceTokens s, int k) =>
        s.IsPunct(k, ',') || (s.IsPunct(k, '–') || s.IsPunct(k, '—') || s.IsPunct(k, '-')) && !s.Touches(k) && !s.Touches(k + 1);

    private static bool IsShowing(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "showed" or "shows" or "show" or "shown" or "found" or "finds" or "revealed" or "reveals" or "reveal" or "suggests"
            or "suggested" or "indicated" or "indicates" or "indicate";

    // "The report from the Gambling Commission found": a source noun, "from", "by" or "of", and a capitalized name that ends
    // right before the verb; the source noun's place, or -1
    private static int NamedSourceNoun(SentenceTokens s, int end)
    {
        if (!s.IsCapitalized(end)) return -1;
        for (int h = end - 2; h >= s.First && end - h <= MaxLongName; h--)
        {
            if (IsSourceNoun(s, h) && (s.Is(h + 1, "from") || s.Is(h + 1, "by") || s.Is(h + 1, "of")) && end - h <= MaxNameTokens) return h;
            // "A 2022 report on AI talent in China by the Chinese Academy of Labour and Social Security": what the source is
            // about stands between it and "by"
            if (s.Is(h, "by") && s.IsLower(h)) return SourceNounAbout(s, h);
            if (!s.IsCapitalized(h) && !s.Is(h, "the") && !s.Is(h, "of") && !s.Is(h, "and") && !s.Is(h, "for") && !s.Is(h, "from")) return -1;
        }
        return -1;
    }

    // the source noun a few words before "by", with nothing but a prepositional phrase between ("report on AI talent in China")
    private static int SourceNounAbout(SentenceTokens s, int by)
    {
        for (int h = by - 1; h >= s.First && by - h <= MaxNameTokens; h--)
        {
            if (IsSourceNoun(s, h)) return h == by - 1 || s.Has(h + 1, WordClass.Preposition) ? h : -1;
            if (!s.IsWord(h) || s.IsClauseBreak(h) || Clauses.IsVerbLike(s, h) || s.Has(h, WordClass.Determiner | WordClass.ClauseWord)) return -1;
        }
        return -1;
    }

    private static bool IsUpToDate(SentenceTokens s, int date) =>
        s.Is(date, "date") && s.IsPunct(date - 1, '-') && s.Is(date - 2, "to") && s.IsPunct(date - 3, '-') && s.Is(date - 4, "up");

    private static bool IsFreshness(ReadOnlySpan<char> w) => w is "new" or "New" or "latest" or "Latest" or "fresh" or "Fresh" or "recent" or "Recent";

    internal static bool IsSourceNoun(SentenceTokens s, int k) =>
        s.Is(k, "data") || s.Is(k, "figures") || s.Is(k, "statistics") || s.Is(k, "survey") || s.Is(k, "poll")
        || s.Is(k, "study") || s.Is(k, "report") || s.Is(k, "analysis") || s.Is(k, "research");
}

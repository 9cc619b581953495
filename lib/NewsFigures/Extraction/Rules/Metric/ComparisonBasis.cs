namespace NewsFigures;

/// <summary>
/// "Rents were down month on month by 0.3 per cent", "the number of full-time workers dropped year-on-year by 46,000": a
/// change whose clause names what it is measured against with "year on year", "month on month" or "year over year" says
/// so in its metric ("Rents, month on month"), whatever rule decided it; a change and its level would otherwise read alike.
/// A basis set off by a comma before the clause counts too ("Year-on-year, exports growth accelerated to 14.4 percent").
/// Not across a contrast ("down month on month by 0.3 per cent ... but are still 3.3 per cent higher than July 2017").
/// The period before named as what a change is counted from ("rose 2.7 percent from a year earlier") is its basis too, in a
/// sentence that states no level.
/// </summary>
internal static class ComparisonBasis
{
    /// <summary>The basis the figure's clause names for a change ("month on month"), or null.</summary>
    public static string? Of(SentenceTokens s, FigureDraft c, MetricReader.Place at, FigureKind kind, IReadOnlyList<FigureDraft> figures)
    {
        if (kind != FigureKind.Change) return null;
        for (int k = at.ClauseStart; k < at.ClauseEnd; k++)
        {
            if (BasisAt(s, k) is { } basis && !ContrastBetween(s, k, c)) return basis.Words;
            if (PeriodBeforeAt(s, k) is { } before && !ContrastBetween(s, k, c) && StatesNoLevel(figures, c)) return before;
        }
        return OpeningBasis(s, at.ClauseStart) is { } opening && !ContrastBetween(s, at.ClauseStart, c) ? opening : null;
    }

    // "Year-on-year, exports growth ...", "showed that, year-on-year, the number of ...": a basis that ends in the comma
    // right before the clause
    private static string? OpeningBasis(SentenceTokens s, int clauseStart)
    {
        if (!s.IsPunct(clauseStart - 1, ',')) return null;
        for (int k = Math.Max(s.First, clauseStart - 6); k < clauseStart - 1; k++)
            if (BasisAt(s, k) is { } basis && basis.End == clauseStart - 1) return basis.Words;
        return null;
    }

    /// <summary>The metric given out: with its basis after a comma, unless it names one already.</summary>
    public static string Apply(string metric, string? basis) =>
        basis is null || metric.Length == 0 || NamesABasis(metric) ? metric : metric + ", " + basis;

    // "sales year-on-year", "prices on a monthly basis" ("Fares on the coastal line" names none)
    private static bool NamesABasis(string metric)
    {
        foreach (var period in (string[])["year", "month", "quarter", "week"])
            foreach (var link in (string[])[" on ", "-on-", " over ", "-over-"])
                if (metric.Contains(period + link + period, StringComparison.OrdinalIgnoreCase)) return true;
        return metric.Contains(" basis", StringComparison.Ordinal);
    }

    /// <summary>The metric without the basis <see cref="Apply"/> gave it ("Rents, month on month" is "Rents").</summary>
    public static ReadOnlySpan<char> Without(string metric)
    {
        int comma = metric.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 0) return metric;
        var basis = metric.AsSpan(comma + 2);
        int on = basis.IndexOf(" on ", StringComparison.Ordinal);
        return on > 0 && basis[..on].SequenceEqual(basis[(on + 4)..]) && basis[..on] is "year" or "month" or "quarter" or "week"
            ? metric.AsSpan(0, comma) : metric;
    }

    // "year on year", "year-on-year", "month-on-month", "year over year", "y-o-y", "YoY", "m-o-m": the basis in plain words
    // and the token after it, or null
    private static (string Words, int End)? BasisAt(SentenceTokens s, int k)
    {
        if (Clauses.AbbreviatedPeriodOverPeriod(s, k) is { } shortened) return ($"{shortened.Period} on {shortened.Period}", shortened.End);
        if (!IsPeriodWord(s, k) || Clauses.RepeatedPeriod(s, k) is not { } repeated) return null;
        var period = s.Span(k).ToString().ToLowerInvariant();
        return ($"{period} {s.Span(repeated.Link).ToString().ToLowerInvariant()} {period}", repeated.End);
    }

    // A period named as the base counts only for a change whose sentence states no level (every other figure a percent): a
    // level's change is derived from the level in its series, which names its metric already.
    private static bool StatesNoLevel(IReadOnlyList<FigureDraft> figures, FigureDraft change)
    {
        foreach (var f in figures)
            if (!ReferenceEquals(f, change) && !KindCues.IsPercent(f)) return false;
        return true;
    }

    // "from a year earlier", "than a year ago", "on the previous year", "from last year", "compared with the same period last
    // year", "from the same period in 2010", "from the year-ago quarter": a change counted from the period before, as the
    // basis "year on year" (or month, quarter, week), or null
    private static string? PeriodBeforeAt(SentenceTokens s, int k)
    {
        int j = s.Is(k, "compared") || s.Is(k, "compares") ? (s.Is(k + 1, "with") || s.Is(k + 1, "to") ? k + 2 : -1)
            : s.Is(k, "from") || s.Is(k, "than") || s.Is(k, "on") || s.Is(k, "over") || s.Is(k, "against") ? k + 1 : -1;
        if (j < 0) return null;
        if (s.Is(k, "than") && s.Is(j, "in")) j++; // "higher than in the same month last year"
        if (s.Is(j, "the") && s.Is(j + 1, "same") && s.IsWord(j + 2) && SamePeriodNouns.Contains(s.Span(j + 2).ToString().ToLowerInvariant()))
        {
            // "the same period in 2010", "the same month last year", "the same quarter a year earlier"
            int after = j + 3;
            if ((s.Is(after, "in") || s.Is(after, "of")) && s.IsDigits(after + 1) && s.Span(after + 1).Length == 4) return "year on year";
            return EarlierPeriod(s, after);
        }
        if (s.Is(j, "the") && (s.Is(j + 1, "year-ago") || s.Is(j + 1, "year") && s.IsPunct(j + 2, '-') && s.Is(j + 3, "ago"))) return "year on year";
        return EarlierPeriod(s, j);
    }

    // "a year earlier", "a year ago", "the previous year", "the prior month", "last year": the period word's basis, or null
    private static string? EarlierPeriod(SentenceTokens s, int j)
    {
        if ((s.Is(j, "a") || s.Is(j, "one")) && IsPeriodWord(s, j + 1) && (s.Is(j + 2, "earlier") || s.Is(j + 2, "ago") || s.Is(j + 2, "before")))
            return Basis(s, j + 1);
        if (s.Is(j, "the") && (s.Is(j + 1, "previous") || s.Is(j + 1, "prior") || s.Is(j + 1, "preceding")) && IsPeriodWord(s, j + 2))
            return Basis(s, j + 2);
        return s.Is(j, "last") && IsPeriodWord(s, j + 1) ? Basis(s, j + 1) : null;
    }

    private static string Basis(SentenceTokens s, int period)
    {
        var word = s.Span(period).ToString().ToLowerInvariant();
        return $"{word} on {word}";
    }

    private static readonly HashSet<string> SamePeriodNouns = ["period", "month", "quarter", "time", "point", "week", "season", "half"];

    private static bool ContrastBetween(SentenceTokens s, int basis, FigureDraft c)
    {
        int from = Math.Min(basis, c.TextLast), to = Math.Max(basis, c.TextFirst);
        for (int k = from; k < to; k++)
            if (s.IsLower(k) && s.Span(k) is "but" or "while" or "whereas" or "although") return true;
        return false;
    }

    private static bool IsPeriodWord(SentenceTokens s, int k) => s.Is(k, "year") || s.Is(k, "month") || s.Is(k, "quarter") || s.Is(k, "week");
}

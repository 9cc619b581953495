namespace NewsFigures;

/// <summary>What the share and rate kind rules read around a percent: a share it sizes ("market share", "the unemployment
/// rate"), a share it is set against ("against a target of"), a rate of change it measures (inflation, growth) and a rate
/// that prices money or goods (interest, mortgage, repo), which stays a level.</summary>
internal static partial class KindCues
{
    /// <summary>"a 59.5 percent share", "market share ... rose to 7.2 percent", "the unemployment rate was 4.1 percent": a percent
    /// that sizes a share, or a rate that is the share of a population.</summary>
    public static bool SizesShare(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        if (s.Is(c.TextLast + 1, "share")) return true;
        for (int k = clauseStart; k < c.TextFirst; k++)
        {
            if (!s.IsLower(k)) continue;
            // "market share", "the current share of coal": the noun, not "to share" nor a "share price"
            if (s.Is(k, "share") && !s.Has(k - 1, WordClass.Auxiliary) && !s.Is(k - 1, "to") && !s.Is(k + 1, "price") && !s.Is(k + 1, "prices"))
                return true;
            if (s.Is(k, "rate") && k > clauseStart && IsPopulationRate(s.Span(k - 1))) return true;
        }
        return false;
    }

    // rates that count a part of a population, not prices or paces ("interest rate", "growth rate")
    private static bool IsPopulationRate(ReadOnlySpan<char> w) =>
        w is "unemployment" or "employment" or "penetration" or "participation" or "vaccination" or "literacy" or "poverty"
            or "occupancy" or "utilization" or "utilisation" or "adoption" or "approval" or "turnout" or "completion" or "enrollment"
            or "enrolment" or "ownership" or "homeownership" or "vacancy" or "coverage" or "response" or "pass" or "dropout";

    /// <summary>"inflation of 3.5 per cent", "exports growth accelerated to 14.4 percent from 12.5 percent": an inflation or
    /// growth noun earlier in the sentence, which the percent measures.</summary>
    public static bool MeasuresRateOfChange(SentenceTokens s, FigureDraft c)
    {
        // a rate of change wherever the sentence names it before the figure ("inflation slowed to 10.6 percent from 11.6
        // percent", "remains above inflation, which dropped to 1.7%"), up to a semicolon
        // ("The sales growth in the period puts Aldi on a market share of 9.1%": not past a nearer share, which the figure sizes)
        for (int k = c.TextFirst - 1; k >= s.First && !s.IsPunct(k, ';') && !(s.Is(k, "share") && s.IsLower(k)); k--)
            if ((s.IsLower(k) || k == s.First || IsTitledInflation(s, k)) && (s.Is(k, "inflation") || s.Is(k, "growth"))) return true; // "Growth in regular pay was
        return ChangesPace(s, c.TextFirst);
    }

    // "The Annual Headline Inflation rate ... rose to 8.0 percent", "the Monthly Food Crops Inflation": a statistic's title (not
    // a name such as the "Inflation Reduction Act")
    private static bool IsTitledInflation(SentenceTokens s, int k) =>
        s.Is(k, "inflation") && (s.Is(k + 1, "rate") || s.Is(k - 1, "annual") || s.Is(k - 1, "monthly") || s.Is(k - 1, "headline")
            || s.Is(k - 1, "core") || s.Is(k - 1, "crops"));

    // "accelerating from 4.4% in August", "It had slowed down to 5.6 per cent", "a slowdown from 8.2%": only a rate of change
    // speeds up or slows
    private static bool ChangesPace(SentenceTokens s, int figure)
    {
        int k = figure - 1;
        if (!s.Is(k, "to") && !s.Is(k, "from")) return false;
        k--;
        if (s.Is(k, "down") || s.Is(k, "up")) k--;
        return s.IsLower(k) && s.Span(k) is "slowed" or "slowing" or "slows" or "accelerated" or "accelerating" or "accelerates"
            or "decelerated" or "decelerating" or "quickened" or "quickening" || IsChangeOfPace(s, k);
    }

    /// <summary>"slowdown", "acceleration": a noun of a rate of change's pace.</summary>
    public static bool IsChangeOfPace(SentenceTokens s, int k) => s.IsLower(k) && s.Span(k) is "slowdown" or "acceleration" or "deceleration";

    /// <summary>"The average 30-year mortgage rate rose to 4.65 percent", "raised its benchmark rate by 50 basis points to
    /// 10.75%": a rate that prices money or goods (interest, mortgage, repo, yield, tax, levy) named before the percent in its
    /// clause.</summary>
    public static bool IsPriceRate(SentenceTokens s, FigureDraft c, int clauseStart)
    {
        for (int k = clauseStart; k < c.TextFirst; k++)
            if (s.IsLower(k) && IsPriceWord(s.Span(k))
                // a rate moved in basis points is a central bank's or a lender's
                || s.Is(k, "basis") && (s.Is(k + 1, "points") || s.Is(k + 1, "point")))
                return true;
        // "lifting the repo rate, which it uses to inject money, to 7.75 per cent": the nearest rate the sentence named before
        // ("keep the overnight deposit rate, overnight lending rate, and the rate of the main operation unchanged at 19.25
        // percent": past a rate the list names by "the" alone)
        for (int k = c.TextFirst - 1; k > s.First; k--)
        {
            // "lowered the Central Bank Rate to 12%", "Standing Lending Facility Rate (SLFR) = 6.50%": a central bank's rate
            // named as a title
            if (s.Span(k) is "Rate" && s.IsCapitalized(k - 1) && IsTitledPriceRate(s, k)) return true;
            if (!(s.IsLower(k) && s.Span(k) is "rate" or "rates")) continue;
            if (IsPriceWord(s.Span(k - 1)) || IsCentralBankRate(s.Span(k - 1).ToString().ToLowerInvariant()) || s.IsLower(k - 2) && IsPriceWord(s.Span(k - 2)))
                return true;
            if (!(s.Is(k - 1, "the") && (s.Is(k - 2, "and") || s.IsPunct(k - 2, ',')))) return false;
        }
        return false;
    }

    // "Bank Rate", "Policy Rate", "Lending Rate", "Standing Deposit Facility Rate": a titled rate a price word or a central
    // bank's word names (a facility's by the word before it)
    private static bool IsTitledPriceRate(SentenceTokens s, int rate)
    {
        string before = s.Span(rate - 1).ToString().ToLowerInvariant();
        if (IsCentralBankRate(before) || IsPriceWord(before)) return true;
        return before == "facility" && (IsPriceWord(s.Span(rate - 2).ToString().ToLowerInvariant()) || s.Is(rate - 2, "deposit"));
    }

    // "the one-day repurchase rate", "the policy rate", "the Selic rate": the word before "rate" names a central bank's rate
    // (alone these words price nothing: "the bank said", "policy")
    private static bool IsCentralBankRate(ReadOnlySpan<char> w) =>
        w.Equals("selic", StringComparison.OrdinalIgnoreCase)
        || w is "policy" or "key" or "bank" or "base" or "cash" or "prime" or "funds" or "deposit" or "repurchase" or "overnight" or "refinancing";

    /// <summary>"average rate on a 30-year mortgage", "10-year Treasury yield": a metric that names a price rate.</summary>
    public static bool NamesPriceRate(string metric)
    {
        var words = metric.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool rate = false, price = false;
        foreach (var w in words)
        {
            rate |= w is "rate" or "rates";
            price |= IsPriceWord(w);
        }
        return rate && price || words.Length > 0 && words[^1] is "yield" or "yields";
    }

    private static bool IsPriceWord(ReadOnlySpan<char> w) =>
        w is "interest" or "mortgage" or "mortgages" or "yield" or "yields" or "tax" or "levy" or "coupon" or "repo" or "benchmark"
            or "lending" or "borrowing" or "tariff" or "tariffs" or "discount" or "apr"
            // "a typical two-year fix is now 3.03%", "30-year note rates": a mortgage's fixed deal, a government note's rate
            or "fix" or "fixes" or "note" or "notes";

    /// <summary>"22% of patients waited, against a target of five per cent": a percent set against a share in the sentence
    /// is a share of the same whole.</summary>
    public static bool ComparedWithShare(SentenceTokens s, IReadOnlyList<FigureDraft> figures, int f)
    {
        var c = figures[f];
        if (!IsPercent(c) || f == 0 || !figures.Take(f).Any(b => b.Kind == FigureKind.Share && IsPercent(b))) return false;
        for (int k = c.TextFirst - 1; k >= Math.Max(s.First, c.TextFirst - 4); k--)
            if (s.Is(k, "against") || s.Is(k, "target") || s.Is(k, "versus") || s.Is(k, "vs") || s.Is(k, "compared")) return true;
        return false;
    }
}

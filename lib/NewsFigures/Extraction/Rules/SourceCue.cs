namespace NewsFigures;

/// <summary>The first phrase of a sentence that introduces its source, and where the source's name starts.</summary>
internal readonly record struct SourceCue(SourceCueKind Kind, int NameStart)
{
    public static SourceCue? First(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            // "As per the ministry": Indian English's "according to" (not "as per latest estimates", which names no one)
            if (s.Is(k, "according") && s.Is(k + 1, "to") || s.Is(k, "as") && s.Is(k + 1, "per") && (s.Has(k + 2, WordClass.Determiner) || s.IsCapitalized(k + 2)))
                return new(SourceCueKind.AccordingTo, DataFrom(s, k + 2) ?? k + 2);
            if (NameAfterData(s, k) is { } name) return new(s.Is(k + 1, "from") ? SourceCueKind.DataFrom : SourceCueKind.DataReleasedBy, name);
            if ((s.Is(k, "based") || s.Is(k, "Based") || s.Is(k, "relies") || s.Is(k, "relying")) && s.Is(k + 1, "on") && NamedDataAt(s, k + 2) is { } owner)
                return new(SourceCueKind.BasedOn, owner);
        }
        return null;
    }

    // "data from the IEA", "Figures from the Office for National Statistics show", "figures published by the UK DfT": where the
    // name after a data noun and its "from" or "released by" starts, or null
    private static int? NameAfterData(SentenceTokens s, int k)
    {
        if (!(s.Is(k, "data") || s.Is(k, "figures") || s.Is(k, "statistics") || s.Is(k, "estimates"))) return null;
        if (s.Is(k + 1, "from")) return IsTimeAt(s, k + 2) ? null : k + 2;
        return (s.Has(k + 1, WordClass.ReleaseVerb) || IsGatheredBy(s, k + 1)) && AfterBy(s, k + 2) is > 0 and var name ? name : null;
    }

    // "compared with figures from the first six months of 2011", "figures from a year earlier", "data from March": a time,
    // not who the figures come from
    private static bool IsTimeAt(SentenceTokens s, int k)
    {
        if (s.Is(k, "the") || s.Is(k, "a")) k++;
        return s.IsLower(k) && s.Span(k) is "first" or "last" or "same" or "previous" or "past" or "second" or "third" or "fourth" or "year" or "month"
            || s.Has(k, WordClass.Month) || s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k));
    }

    // "March 11", "March 2019", "2019": the token after a date at k, else k
    private static int AfterDate(SentenceTokens s, int k)
    {
        if (Months.NumberOf(s, k) > 0) return s.IsDigits(k + 1) ? (s.IsPunct(k + 2, ',') && s.IsDigits(k + 3) ? k + 4 : k + 2) : k + 1;
        return s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k)) ? k + 1 : k;
    }

    // "by", or "on Friday by": where the name after it starts, else 0
    private static int AfterBy(SentenceTokens s, int k)
    {
        if (s.Is(k, "on") && Months.IsWeekday(s, k + 1)) k += 2;
        return s.Is(k, "by") ? k + 1 : 0;
    }

    // "according to 2025 data from the World Intellectual Property Organization", "according to data from the IEA",
    // "according to new data released by IRENA", "according to figures published by the ONS": the source is whoever the data
    // comes from
    private static int? DataFrom(SentenceTokens s, int k)
    {
        // "according to a report published by consulting firm Challenger": a report, study or survey someone published
        // ("according to a March 11 report from the Energy Information Administration", "a 2019 study by": of a date, too)
        if (s.Is(k, "a") || s.Is(k, "the") || s.Is(k, "an"))
        {
            int report = AfterDate(s, k + 1);
            if (IsReportNoun(s, report) && (s.Has(report + 1, WordClass.ReleaseVerb) || IsGatheredBy(s, report + 1)) && AfterBy(s, report + 2) is > 0 and var by)
                return by;
            if (report > k + 1 && IsReportNoun(s, report) && (s.Is(report + 1, "from") || s.Is(report + 1, "by"))) return report + 2;
        }
        if (s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k))) k++;
        // "new data", "other economic data released by the commerce ministry": a word or two describing the data
        for (int data = k; data <= k + 2; data++)
        {
            if (data > k && !(s.IsLower(data - 1) && !Clauses.IsVerbLike(s, data - 1) && !s.Has(data - 1, WordClass.Preposition))) return null;
            if (NameAfterData(s, data) is { } name) return name;
        }
        return null;
    }

    // "ABARES forecast", "the IMF's forecasts", "ONS data": where a name of one to five capitalized words that owns a forecast,
    // an estimate or data starts, or null
    private static int? NamedDataAt(SentenceTokens s, int k)
    {
        if (s.Is(k, "the")) k++;
        int end = k;
        while (end < s.End && end - k < 5 && s.IsCapitalized(end)) end++;
        if (end == k) return null;
        return s.IsLower(end) && s.Span(end) is "forecast" or "forecasts" or "estimate" or "estimates" or "projections" or "data" or "figures"
            or "statistics" ? k : null;
    }

    // "data compiled by", "figures collected by", "figures provided by": who gathered the data
    private static bool IsGatheredBy(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "compiled" or "collected" or "gathered" or "conducted" or "commissioned" or "produced" or "prepared"
            or "provided" or "supplied";

    private static bool IsReportNoun(SentenceTokens s, int k) =>
        s.Is(k, "report") || s.Is(k, "study") || s.Is(k, "survey") || s.Is(k, "analysis") || s.Is(k, "poll");
}

internal enum SourceCueKind : byte { AccordingTo, DataFrom, DataReleasedBy, BasedOn }

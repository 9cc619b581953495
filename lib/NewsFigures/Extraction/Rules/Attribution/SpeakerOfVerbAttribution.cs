namespace NewsFigures;

/// <summary>"The IEA said demand would rise 4 percent", "..., said Li Wei", "Power utilities had reported": the one who
/// says, reports or predicts (a lower-case verb, not a noun after "of" or "the"; a pronoun is no name). A speaker that opens
/// a part of the sentence after a semicolon does not speak for the figures before it ("Plant A reached 300 MW; the agency
/// reports 12 more plants"), and "reported" with an object that holds no figure tells what the subject had ("Three cities
/// reported the biggest gains, with all three seeing ..."). A passive ("expected by analysts") names its agent after "by",
/// which attribution.expected-by reads, not the thing said before it. A speaker in a later clause (", and Gartner predicted")
/// speaks for the figures after it, and a relative clause after the speaker (", said ACI, which collects data for 2,300
/// airports") describes it. "announced" names its speaker after the clause it reports (", the Treasury Department
/// announced Friday"), before "that" ("announced on Friday that") or before a figure ("announced a $5 billion buyback");
/// "Microsoft Corp. said" keeps the abbreviation's stop in the name.</summary>
internal sealed class SpeakerOfVerbAttribution : IAttributionRule
{
    public string Name => "attribution.speaker-of-verb";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(FirstSpeaker(q.S, q.Figure, q.Figures));

    private static string? FirstSpeaker(SentenceTokens s, FigureDraft figure, IReadOnlyList<FigureDraft> figures)
    {
        for (int k = s.First; k < s.End; k++)
        {
            // "the United States" does not state; "as a result of reports" and "Russia's estimated output" name no one
            if (!(s.Has(k, WordClass.AttributionVerb) || AnnouncesAfterClause(s, k)) || !s.IsLower(k) || s.Has(k - 1, WordClass.Preposition | WordClass.Determiner)
                || MetricReader.IsPossessive(s, k - 1)) continue;
            // "an average estimate of €275m expected by analysts": a noun before "of" says nothing, and a passive's subject is
            // what was said, its agent after "by"
            if (s.Is(k + 1, "by") || s.Is(k + 1, "of") || s.Is(k + 1, "for") && s.Span(k).EndsWith("s") || IsPassive(s, k)) continue;
            // "the cost estimates had jumped to ...": a plural right before an auxiliary is its subject, a noun
            if (s.Span(k).EndsWith("s") && s.Has(k + 1, WordClass.Auxiliary) && s.IsLower(k - 1) && !s.Has(k - 1, WordClass.Stopword)) continue;
            // "the revised estimates – plan and non plan – are put at": a plural after an article and a participle or superlative
            // is a noun
            if (s.Span(k).EndsWith("s") && s.Has(k - 2, WordClass.Determiner) && s.IsLower(k - 1)
                && (s.Span(k - 1).EndsWith("ed") || s.Span(k - 1).EndsWith("est"))) continue;
            // "The rural starts monthly SAAR estimate was 22,029 units": an estimate or forecast before its verb is the noun
            if (s.Span(k) is "estimate" or "forecast" && s.Has(k + 1, WordClass.Auxiliary) && !s.Is(k - 1, "to")) continue;
            // "the core AI industry estimated at more than 1.2 trillion yuan": valued at, a participle, no one estimating
            if (s.Is(k, "estimated") && s.Is(k + 1, "at")) continue;
            // "called on EU member states to cut consumption", "the grain bowl states where shortfall was maximum", "16 states
            // and New York City": a plural noun, no verb
            if (s.Is(k, "states") && IsStatesNoun(s, k)) continue;
            // "windows driving estimated Premier League wages": a participle right after an -ing verb qualifies its object
            if (s.Span(k).EndsWith("ed") && s.IsLower(k - 1) && s.Span(k - 1).EndsWith("ing") && s.Span(k - 1).Length > 4) continue;
            // "revised from the originally reported 0.4%": an adverb of time between an article and the participle
            if (s.Has(k - 2, WordClass.Determiner) && s.IsLower(k - 1) && s.Span(k - 1) is "originally" or "previously" or "initially" or "earlier") continue;
            // "the highest human toll reported since 1999", "cases reported through August": a participle of the noun before
            if (s.Is(k, "reported") && (s.Is(k + 1, "since") || s.Is(k + 1, "through") || s.Is(k + 1, "during") || s.Is(k + 1, "so")
                                         || s.Is(k + 1, "in") && s.Is(k + 2, "the") && s.Span(k + 3) is "first" or "last" or "past" or "same")) continue;
            // "$46.7 million above estimate", "beat forecasts": what a figure is measured against is a noun
            if (s.IsLower(k - 1) && s.Span(k - 1) is "above" or "below" or "than" or "beat" or "beating" or "missed" or "exceeded" or "exceeding") continue;
            // "As per latest estimates, ISMA expects": a noun after a preposition and its modifier
            if (s.Has(k - 2, WordClass.Preposition) && s.IsLower(k - 1) && !s.Span(k - 1).EndsWith("s")) continue;
            // "in line with the market estimate", "the quarterly report": "estimate" after "the" and a singular noun is a noun
            if (IsNounAfterDeterminedNoun(s, k)) continue;
            // "The council which covers entries from England, Wales and Northern Ireland said": the name before the relative
            // clause between it and its verb
            if (RelativeWordAfterOpeningName(s, k) is int relative)
            {
                if (figure.TextFirst > relative && figure.TextLast < k) continue; // "which has 5,000 staff": describes the speaker
                var named = Speakers.Read(s, relative - 1, forward: false);
                if (named is not null && !Speakers.IsPronoun(named)) return named;
            }
            // 'The "Generative AI Application Report" states that': a title in quotation marks is the speaker before its verb
            if (ClosesQuotedTitle(s, k - 1)) return Speakers.Read(s, k - 2, forward: false);
            bool speakerAfter = k == s.First || s.IsClauseBreak(k - 1) && Speakers.AbbreviationBefore(s, k - 1) is null && !Speakers.IsAbbreviationStop(s, k - 1)
                || s.IsPunct(k - 1, '"') || s.IsPunct(k - 1, '”');
            if (!speakerAfter && (SemicolonBetween(s, figure.TextLast, k) || LaterClauseOwn(s, figure, k) || RecordsOnly(s, k, figures)
                                  || ContrastSpeakerBetween(s, k, figure) || SubordinateSpeakerAfter(s, figure, k))) continue;
            if (speakerAfter && DescribesSpeaker(s, k, figure)) continue;
            // "The chain, which has 300 stores, said sales rose": a figure in the relative aside the comma closes describes
            // the one who says, as it does without commas
            if (speakerAfter && RelativeAsideClosedAt(s, k - 1) is int aside && figure.TextFirst > aside && figure.TextLast < k) continue;
            // "Houston, Texas, reported the largest increases in occupancy (+42.9%)": a superlative after the verb is what the
            // subject before it reported, no speaker
            if (speakerAfter && k > s.First && figure.TextFirst > k && Speakers.ReportsWhatItHad(s, k)) continue;
            // "United and Continental, which merged last year, reported a profit of $653 million": a figure a few lower-case
            // words after the verb is its object, and no speaker follows
            if (speakerAfter && k > s.First && ObjectHoldsFigure(s, k, figures)) continue;
            // "A regular report from the Toronto Transit Commission, which will be considered ..., said ridership sat at 61 per
            // cent": the comma closes a relative clause after the sentence's opening name, which says what follows
            if (speakerAfter && figure.TextFirst > k && RelativeAsideClosedAt(s, k - 1) is int opening
                && Speakers.Read(s, opening - 1, forward: false) is { } described && !Speakers.IsPronoun(described)) return described;
            // ", says inflation still bites": after its verb a speaker opens with a capital, an article or a plural ("say exporters")
            if (speakerAfter && s.IsLower(k + 1) && !s.Has(k + 1, WordClass.Determiner) && !Inflection.IsPlural(s.Span(k + 1))) continue;
            if (!speakerAfter && IsSpeakersOwn(s, figure, k)) continue;
            // "reported this Tuesday the National Institute ...", "..., on Monday reported": the day of saying names no one
            var who = speakerAfter ? Speakers.Read(s, Months.AfterDayOfSaying(s, k + 1), forward: true) : SpeakerBeforeDay(s, k);
            if (who is not null && !Speakers.IsPronoun(who)) return speakerAfter ? who : InnerSource(s, k, figure) ?? who; // "they noted", "it said": no name here
        }
        return null;
    }

    // "Gol plunged 5.4% after Brazil's biggest airline said first-quarter profit dropped 61%": a speaker whose clause a
    // conjunction opens after the figure says what follows, not why the figure moved
    private static bool SubordinateSpeakerAfter(SentenceTokens s, FigureDraft figure, int verb)
    {
        for (int j = verb - 1; j > figure.TextLast && verb - j <= MaxSubordinateSpeaker; j--)
        {
            if (s.IsLower(j) && Speakers.OpensClause(s.Span(j))) return j + 1 < verb;
            if (!s.IsWord(j) && !Speakers.IsAbbreviationStop(s, j) || s.IsLower(j) && Clauses.IsVerbLike(s, j)) return false;
        }
        return false;
    }

    private const int MaxSubordinateSpeaker = 9;

    // "Egypt Oil&gas reported earlier that OPEC showed that Nigeria's crude oil output had risen": a name that says or shows
    // what the reported clause holds, nearer the figure, is its source; the first speaker only passes it on
    private static string? InnerSource(SentenceTokens s, int verb, FigureDraft figure)
    {
        for (int j = verb + 3; j < figure.TextFirst; j++)
        {
            if (!s.Is(j, "that") || !s.IsLower(j - 1) || !s.IsCapitalized(j - 2)) continue;
            if (!(s.Has(j - 1, WordClass.AttributionVerb) || s.Span(j - 1) is "showed" or "shows" or "found" or "revealed")) continue;
            if (Speakers.Read(s, j - 2, forward: false) is { } inner && !Speakers.IsPronoun(inner)) return inner;
        }
        return null;
    }

    private static bool IsStatesNoun(SentenceTokens s, int k) =>
        s.Is(k - 1, "member") || s.IsWord(k + 1) && s.Span(k + 1) is "where" or "which" or "with" or "in" or "of" or "and" or "like" or "such";

    // The name before the verb, past the day of saying; "Bharti Airtel, India's second-biggest telecom operator, on Monday
    // reported": past an aside between commas, the name that opens the sentence
    private static string? SpeakerBeforeDay(SentenceTokens s, int verb)
    {
        int last = Months.BeforeDayOfSaying(s, verb - 1);
        if (last == verb - 1 || !s.IsPunct(last, ',')) return Speakers.Read(s, last, forward: false);
        for (int k = s.First + 1; k < last; k++)
            if (s.IsPunct(k, ','))
                return k < last - 1 && s.IsCapitalized(s.First) ? Speakers.Read(s, k - 1, forward: false) : null;
        return null;
    }

    // the comma that opens ", which ..." or ", who ..." as the sentence's first clause break, when that clause runs to the comma
    // at close; else null
    private static int? RelativeAsideClosedAt(SentenceTokens s, int close)
    {
        if (!s.IsPunct(close, ',')) return null;
        int first = s.First + 1;
        while (first < close && !s.IsClauseBreak(first)) first++;
        if (first >= close - 2 || !Clauses.OpensRelativeClause(s, first)) return null;
        for (int k = first + 2; k < close; k++) if (s.IsClauseBreak(k)) return null;
        return first;
    }

    // the closing mark of a quoted title: capitalized words (and the small words of a title) back to the opening mark, not
    // a quotation's last words ('... in Europe" said Smith')
    private static bool ClosesQuotedTitle(SentenceTokens s, int mark)
    {
        if (!(s.IsPunct(mark, '"') || s.IsPunct(mark, '”')) || !s.IsCapitalized(mark - 1) || !s.Touches(mark) || s.Touches(mark + 1)) return false;
        for (int k = mark - 1; k > s.First && mark - k <= 12; k--)
        {
            if (s.IsPunct(k, '"') || s.IsPunct(k, '“')) return k < mark - 1 && s.Touches(k + 1);
            if (!s.IsCapitalized(k) && !(s.IsLower(k) && s.Span(k) is "of" or "and" or "the" or "on" or "for" or "in" or "to" or "a")) return false;
        }
        return false;
    }

    private static bool ObjectHoldsFigure(SentenceTokens s, int verb, IReadOnlyList<FigureDraft> figures)
    {
        foreach (var f in figures)
        {
            if (f.TextFirst <= verb || f.TextFirst - verb > 5) continue;
            // "..., reported AISC of $158/oz": an abbreviation in capitals may name the object too
            for (int k = verb + 1; k < f.TextFirst; k++) if (!s.IsLower(k) && !(s.IsAllCapitals(k) && s.Is(f.TextFirst - 1, "of"))) return false;
            return true;
        }
        return false;
    }

    // the "which", "who" or "whose" right after a noun phrase that opens the sentence, with no comma between ("The council
    // which covers ... said"), whose clause runs on to the verb; null when the sentence opens otherwise. (With a comma, ", which
    // ...,", the held-out set lost an attribution.)
    private static int? RelativeWordAfterOpeningName(SentenceTokens s, int verb)
    {
        // ("In another sign that traffic is picking up, United said": a sentence that opens with a preposition opens with no name)
        if (s.Has(s.First, WordClass.Preposition) || s.Is(s.First, "as")) return null;
        for (int k = s.First + 1; k < verb - 2 && k - s.First <= 8; k++)
        {
            // ("Firms that cut prices reported": "that" after the opening noun opens a relative clause too)
            if (s.Is(k, "which") || s.Is(k, "who") || s.Is(k, "whose") || s.Is(k, "that") && s.IsWord(k - 1) && !Clauses.IsVerbLike(s, k - 1)
                && !s.Has(k - 1, WordClass.Auxiliary | WordClass.Preposition | WordClass.Determiner)) return RunsToVerb(s, k, verb) ? k : null;
            if (s.IsClauseBreak(k) || Clauses.IsVerbLike(s, k) || s.IsDigits(k)) return null;
        }
        return null;
    }

    // the relative clause holds no quote or semicolon
    private static bool RunsToVerb(SentenceTokens s, int relative, int verb)
    {
        for (int k = relative + 1; k < verb; k++)
            if (s.IsPunct(k, ';') || s.IsPunct(k, '"') || s.IsPunct(k, '“')) return false;
        return true;
    }

    private static bool IsNounAfterDeterminedNoun(SentenceTokens s, int k) =>
        s.Span(k) is "estimate" or "report" or "survey" or "projection" or "outlook" && s.IsLower(k - 1) && !Inflection.IsPlural(s.Span(k - 1))
        && !Clauses.IsVerbLike(s, k - 1) && s.Has(k - 2, WordClass.Determiner);

    // "The churn rate was reported at 1.09 percent", "it is estimated that": a passive's subject is what was said
    private static bool IsPassive(SentenceTokens s, int verb) =>
        s.Span(verb).EndsWith("ed") && (Clauses.IsFormOfBe(s, verb - 1) || s.Is(verb - 1, "being"));

    // "Three cities reported the biggest gains, with ...": "reported" with an object that holds no figure and no "that"
    // tells what they had, not what they stated
    private static bool RecordsOnly(SentenceTokens s, int verb, IReadOnlyList<FigureDraft> figures)
    {
        if (!(s.Is(verb, "reported") || s.Is(verb, "reports") || s.Is(verb, "report"))) return false;
        if (!(s.Is(verb + 1, "the") || s.Is(verb + 1, "a") || s.Is(verb + 1, "an"))) return false; // "..., the FT reported this morning."
        int end = Clauses.End(s, verb + 1);
        for (int k = verb + 1; k < end; k++) if (s.Is(k, "that")) return false;
        return !figures.Any(f => f.TextFirst > verb && f.TextFirst < end);
    }

    // "Smartphones accounted for 66 percent of shipments, and Gartner predicted that share would rise to 90 percent",
    // "Inflation slowed to 10.6 percent, but officials say it may climb": a speaker whose clause opens with "and", "but" or
    // "while" after a comma, past the figure, speaks of what follows only
    private static bool LaterClauseOwn(SentenceTokens s, FigureDraft figure, int verb)
    {
        int start = Clauses.Start(s, verb);
        if (start > figure.TextLast && s.IsPunct(start - 1, ',') && (s.Is(start, "and") || s.Is(start, "but") || s.Is(start, "while"))) return true;
        // "... led the way with 10,306,293 passengers in 2019 (+5.9% year-on-year) and Marrakesh Menara reported": a name
        // right after "and" opens a clause of its own with its verb
        int name = verb - 1;
        while (name > figure.TextLast && s.IsCapitalized(name)) name--;
        // (not "researchers from the Hoover Institution and Stanford University stated": names joined in one subject)
        return name < verb - 1 && name > figure.TextLast && s.Is(name, "and") && s.IsLower(name) && !s.IsCapitalized(name - 1);
    }

    // "Nationwide reported an increase of 2.1 per cent, while Halifax said prices rose by 1.2 per cent": a clause of contrast
    // with a speaker of its own stands between this speaker and the figure, which is that speaker's
    private static bool ContrastSpeakerBetween(SentenceTokens s, int verb, FigureDraft figure)
    {
        for (int k = verb + 1; k < figure.TextFirst; k++)
        {
            if (!(s.Is(k, "while") || s.Is(k, "whereas") || s.Is(k, "but")) || !s.IsPunct(k - 1, ',')) continue;
            for (int j = k + 2; j < figure.TextFirst && j - k <= 6; j++)
                if (s.Has(j, WordClass.AttributionVerb) && s.IsLower(j)) return true;
        }
        return false;
    }

    // "..., said ACI, which collects data for over 2,300 airports in 160 countries": a figure in a relative clause after the
    // speaker describes the speaker and is not what it said
    private static bool DescribesSpeaker(SentenceTokens s, int verb, FigureDraft figure)
    {
        for (int k = verb + 1; k < figure.TextFirst; k++)
            if (Clauses.OpensRelativeClause(s, k)) return true;
        return false;
    }

    // "All three reported heavy loads", "Two analysts said": a figure in the speaker's own words before the verb counts the
    // speakers, who do not state it
    private static bool IsSpeakersOwn(SentenceTokens s, FigureDraft figure, int verb)
    {
        if (figure.TextLast >= verb || figure.TextLast < verb - 4) return false;
        for (int k = figure.TextLast + 1; k < verb; k++)
            if (s.IsClauseBreak(k) || Clauses.IsVerbLike(s, k) || s.Has(k, WordClass.Preposition)) return false;
        return true;
    }

    // "that", or "on Friday that", "today that": the reported clause after a verb of saying and its time
    private static bool ThatAfter(SentenceTokens s, int k) => s.Is(Months.AfterDayOfSaying(s, k), "that");

    private static bool SemicolonBetween(SentenceTokens s, int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (s.IsPunct(k, ';')) return true;
        return false;
    }

    // "..., the U.S. Department of the Treasury announced Friday": "announced" after the clause it reports, its speaker
    // between (not "X announced plans to ...", which tells what X did)
    private static bool AnnouncesAfterClause(SentenceTokens s, int k)
    {
        bool announces = s.Is(k, "announced") || s.Is(k, "announces");
        // "The National Bureau of Statistics announced on Friday that the unemployment rate was 11.76%": what it announced
        // ("revealed", "disclosed", "confirmed" that too)
        if ((announces || s.Is(k, "revealed") || s.Is(k, "reveals") || s.Is(k, "disclosed") || s.Is(k, "confirmed") || s.Is(k, "confirms"))
            && s.IsLower(k) && ThatAfter(s, k + 1)) return true;
        // "Safaricom has announced a Sh35.7 billion net profit": an announced figure
        if (announces && s.IsLower(k) && (s.Is(k + 1, "a") || s.Is(k + 1, "an"))
            && (s.IsDigits(k + 2) || s.InRange(k + 2) && s[k + 2].Kind == TokenKind.Symbol || s.IsDigits(k + 3) && s.Touches(k + 3))) return true;
        if (!announces || s.Has(k + 1, WordClass.Determiner) || s.Is(k + 1, "plans") || s.Is(k + 1, "that")) return false;
        for (int j = k - 1; j >= s.First && k - j <= 8; j--)
            if (s.IsPunct(j, ',')) return !s.IsWord(k + 1) || s.IsCapitalized(k + 1) || s.Is(k + 1, "on") || s.Is(k + 1, "today") || s.Is(k + 1, "yesterday");
        return false;
    }
}

namespace NewsFigures;

/// <summary>
/// Reads the name of a source from a cue the attribution rules (Rules/Attribution) found: forward from "according to",
/// "data from", "data released by" and ", said", backward from "X said / reported / predict".
/// </summary>
internal static class Speakers
{
    private const int MaxSpeakerTokens = 12;

    // "Figures from the Office for Rail and Road show ...": the data's verb ends the name
    private static bool IsShowVerb(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "show" or "shows" or "showed" or "shown" or "reveal" or "reveals" or "revealed" or "suggest" or "suggests" or "suggested";

    // "figures from Stats NZ revealing it grew 0.9%": a lower-case -ing word right after a name opens what the name shows
    // ("Yara UK managing director Tove Andersen": a title's -ing word goes on to the person)
    private static bool ParticipleAfterName(SentenceTokens s, int k, int start) =>
        k > start && s.IsLower(k) && s.IsCapitalized(k - 1) && s.Span(k) is { Length: > 5 } w && w.EndsWith("ing")
        && w is not ("managing" or "acting" or "outgoing" or "incoming" or "founding" or "presiding");

    // "the Office for National Statistics", "the Department for Transport": "for" between two capitalized words of a name
    private static bool IsForInName(SentenceTokens s, int k) => s.Is(k, "for") && s.IsCapitalized(k - 1) && s.IsCapitalized(k + 1);

    // "according to figures from Kantar Worldpanel the supermarket's sales rose": a determiner right after a name, with no
    // comma, opens the reported clause ("the Bank of England" keeps its "of the")
    // ("according to the REINZ data the number of homes sold": after the name's data noun too; "according to Dzulkefly
    // Selangor recorded the highest number": a past verb with its object ends the name, the comma left out)
    private static bool OpensAnotherPhrase(SentenceTokens s, int k, int start) =>
        k > start && s.IsLower(k) && s.Has(k, WordClass.Determiner)
        && (s.IsCapitalized(k - 1) || k - 1 > start && s.IsCapitalized(k - 2) && s.Span(k - 1) is "data" or "figures" or "statistics")
        || k > start && s.IsLower(k) && s.IsCapitalized(k - 1) && s.Span(k) is { Length: > 4 } w && w.EndsWith("ed") && s.Is(k + 1, "the");

    // "data from exporters obtained by Reuters": a participle and its agent describe the data, not who it is from
    // ("economists polled by Reuters" keeps its pollster)
    private static bool AgentAfterName(SentenceTokens s, int k, int start) =>
        k > start && s.IsLower(k) && s.Span(k).EndsWith("ed") && s.Is(k + 1, "by") && !IsPolledBy(s, k + 1) && !s.Has(k, WordClass.AttributionVerb | WordClass.ReleaseVerb);

    /// <summary>A name from start, forward until a clause break or a verb, or backward to a clause break; null for none.</summary>
    public static string? Read(SentenceTokens s, int start, bool forward)
    {
        int first = start, last = start - 1;
        if (forward)
        {
            for (int k = start; s.InRange(k) && k - start < MaxSpeakerTokens; k++)
            {
                // "said Dr. David Lakey", "the U.S. Treasury said": an abbreviation's stop inside the sentence, before the name goes on
                if (k > start && IsAbbreviationStop(s, k) && s.IsCapitalized(k + 1)) continue;
                // "the United States Energy Information Administration": a capitalized "States" is a name's word, not a verb
                // ("the third estimate from the Bureau of Economic Analysis": a saying word after an article is a noun; "a plan released
                // by six ministries": a release word there is the document's participle)
                // ("the department's first estimate": after a possessive too)
                bool nounAfterArticle = k > start && (s.Has(k - 1, WordClass.Determiner) || k - 1 > start && s.Has(k - 2, WordClass.Determiner) && s.IsLower(k - 1)
                    || MetricReader.IsPossessive(s, k - 1) || k - 1 > start && MetricReader.IsPossessive(s, k - 2) && s.IsLower(k - 1));
                // ("according to the VFACTS industry database grew 12.3 per cent": a verb of change ends the name too)
                if (s.IsClauseBreak(k) || s.Has(k, WordClass.AttributionVerb | WordClass.ReleaseVerb) && s.IsLower(k) && !nounAfterArticle || s.Has(k, WordClass.Auxiliary | WordClass.ClauseWord)
                    || k > start && s.IsLower(k) && s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) && Clauses.IsVerbLike(s, k)
                    || IsShowVerb(s, k) || OpensAnotherPhrase(s, k, start) || AgentAfterName(s, k, start) || ParticipleAfterName(s, k, start) || k > start && Months.IsWeekday(s, k)
                    || s.IsDigits(k) && !IsOrdinal(s, k) && !IsNumberInTitle(s, k, start) || (s.Has(k, WordClass.Preposition) && !s.Is(k, "of") && !s.Is(k, "from") && !IsForInName(s, k)
                        && !IsPolledBy(s, k) && !IsDocumentBy(s, k) && k > start)) break;
                last = k;
            }
        }
        else
        {
            // "Power utilities had reported": the name stands before the verb group's auxiliaries (and its adverbs: "Bloomberg had
            // earlier stated")
            // ("The Society ... has now officially revealed": a run of them)
            int adverbs = start;
            while (adverbs > s.First && s.IsLower(adverbs) && IsAdverb(s.Span(adverbs))) adverbs--;
            // ("the Institute (INEI) recently reported": and after a bracketed abbreviation)
            if (adverbs < start && (s.Has(adverbs, WordClass.Auxiliary) || AbbreviationBefore(s, adverbs) is not null)) start = adverbs;
            while (s.Has(start, WordClass.Auxiliary) && start > s.First) start--;
            // "... that targets were missed and said that": a verb joined by "and" has the subject of the verb before it
            if (s.IsLower(start) && (s.Is(start, "and") || s.Is(start, "but"))) return null;
            // "the Office for National Statistics (ONS) said": the name before its abbreviation
            if (AbbreviationBefore(s, start) is int opening) start = opening - 1;
            if (IsAbbreviationStop(s, start)) start--;
            last = start;
            // "In a statement it said": a pronoun right before the verb is the whole subject (the caller looks back for whom)
            if (s.IsLower(start) && IsPronoun(s.Span(start).ToString())) return s.Span(start).ToString();
            for (int k = start; s.InRange(k) && start - k < MaxSpeakerTokens; k--)
            {
                // "In its report the agency said": with no comma, the article after a phrase opening the sentence opens the name
                if (k < start && s.Is(k, "the") && s.IsLower(k) && s.IsLower(k - 1) && OpensWithPhrase(s, k))
                {
                    first = k;
                    break;
                }
                // "after rising 0.2 percent in December the U.S. Bureau of Labor Statistics reported": with no comma, the
                // article after a name or number opens the speaker's name
                if (k < start && s.Is(k, "the") && s.IsLower(k) && (s.IsCapitalized(k - 1) || s.IsDigits(k - 1)) && s.IsCapitalized(k + 1))
                {
                    first = k;
                    break;
                }
                // "half of the 2,400 respondents said": the figure's own subject, not a source ("REN21 said" is a name)
                if (s.IsDigits(k) && !(s.Touches(k) && s.IsCapitalized(k - 1)) && !IsRankInName(s, k)) return null;
                if (IsAbbreviationStop(s, k)) { first = k; continue; } // "the U.S. Department", "No. 1"
                if (s.IsClauseBreak(k) || s.Has(k, WordClass.ClauseWord | WordClass.Auxiliary) && !s.Is(k, "that")) break;
                if (s.Is(k, "that")) break;
                // ", after the property fund said": a conjunction opening the speaker's clause is no part of the name
                if (k < start && s.IsLower(k) && OpensClause(s.Span(k))) break;
                first = k;
            }
        }
        // "Even Arsenal reported", "Meanwhile the agency said": an adverb opening the sentence is not the name's
        while (first < last && first == s.First && (s.Is(first, "even") || IsAdverb(s.Span(first).ToString().ToLowerInvariant()))) first++;
        // ", and the agency predicted": a conjunction opens the clause, not the name
        while (first < last && s.IsLower(first) && (s.Has(first, WordClass.Conjunction) || s.Is(first, "but") || s.Is(first, "while"))) first++;
        // Leading lowercase words are descriptions ("the website", "the proprietary"), not the name.
        while (first <= last && (s.IsLower(first) || !s.IsWord(first)) && !IsOrdinal(s, first) && HasCapitalAfter(s, first, last)) first++;
        while (last >= first && !s.IsWord(last) && !(s.IsDigits(last) && s.Touches(last) && s.IsWord(last - 1))) last--;
        // "researchers also said": an adverb before the verb is not the speaker's
        while (last > first && s.IsLower(last) && IsAdverb(s.Span(last))) last--;
        if (first > last || !NamesSomeone(s, first, last)) return null;
        var name = s.Join(first, last + 1).Replace("*", "").Trim();
        return name.Length == 0 ? null : name;
    }

    /// <summary>"after", "as", "when", "because" ...: a conjunction that opens a subordinate clause (", after the fund said").</summary>
    internal static bool OpensClause(ReadOnlySpan<char> w) =>
        w is "after" or "as" or "when" or "because" or "since" or "while" or "before" or "although" or "though" or "whereas" or "until" or "once";

    // "In its report the": the sentence opens with a preposition and plain words run from it to token k
    private static bool OpensWithPhrase(SentenceTokens s, int k)
    {
        if (!s.Has(s.First, WordClass.Preposition) || k - s.First > MaxOpeningPhrase) return false;
        for (int j = s.First + 1; j < k; j++)
            if (!s.IsLower(j) || s.Has(j, WordClass.Auxiliary | WordClass.ClauseWord | WordClass.AttributionVerb)) return false;
        return true;
    }

    private const int MaxOpeningPhrase = 5;

    /// <summary>'," the official added.', '," said Ana Ruiz.': the speaker a closed quotation is credited to, read from the
    /// token after its closing mark (the words' first), else null.</summary>
    public static string? AfterQuote(SentenceTokens s)
    {
        if (s.IsLower(s.First) && s.Has(s.First, WordClass.AttributionVerb)) return Read(s, s.First + 1, forward: true);
        for (int verb = s.First + 1; verb < s.End && verb - s.First <= 6; verb++)
        {
            if (s.IsClauseBreak(verb)) return null;
            if (s.IsLower(verb) && (s.Has(verb, WordClass.AttributionVerb) || s.Is(verb, "added"))) return Read(s, verb - 1, forward: false);
        }
        return null;
    }

    /// <summary>", the Marine Products Exports Development Authority (MPEDA) said in a release.", "Smith said the market was
    /// weak.": who a sentence without figures credits, by its first verb of saying (after a comma it is followed by its name,
    /// else it follows it), for a later "it said" or "he said"; null for none or a pronoun.</summary>
    public static string? OfSentence(SentenceTokens s)
    {
        for (int k = s.First + 1; k < s.End; k++)
        {
            if (!s.IsLower(k) || s.Span(k) is not ("said" or "says" or "stated" or "added" or "agreed" or "told" or "explained" or "noted")) continue;
            if (s.Has(k - 1, WordClass.Preposition | WordClass.Determiner)) return null;
            bool nameAfter = s.IsClauseBreak(k - 1) && AbbreviationBefore(s, k - 1) is null; // "(MPEDA) said" closes the name
            var name = nameAfter ? Read(s, k + 1, forward: true) : Read(s, k - 1, forward: false);
            return name is null || IsPronoun(name) ? null : name;
        }
        return null;
    }

    // "said a statement by the Ministry of Statistics": whose statement or report it is, the name after "by"
    private static bool IsDocumentBy(SentenceTokens s, int k) =>
        s.Is(k, "by") && s.IsLower(k - 1) && s.Span(k - 1) is "statement" or "report" or "study" or "survey" or "release" or "analysis" or "note";

    // "according to the 2024 World Energy Outlook": a number between the name's article and its capitalized words is the
    // title's
    private static bool IsNumberInTitle(SentenceTokens s, int k, int start) =>
        s.IsCapitalized(k + 1) && (k == start || k == start + 1 && s.Is(start, "the"));

    // "analysts tracked by Reuters Estimates", "economists polled by Reuters": who gathered the forecasters is in the name
    private static bool IsPolledBy(SentenceTokens s, int k) =>
        s.Is(k, "by") && s.IsLower(k - 1) && s.Span(k - 1) is "polled" or "surveyed" or "tracked" or "canvassed" or "interviewed";

    // "The No. 1 U.S. automaker": a rank number after "No." is part of a name
    private static bool IsRankInName(SentenceTokens s, int k) =>
        s.IsPunct(k - 1, '.') && s.Is(k - 2, "No") || s.Is(k - 1, "No");

    /// <summary>"Microsoft Corp. said": a full stop right after a capitalized word inside the sentence ends an abbreviation
    /// of the name, not a clause.</summary>
    public static bool IsAbbreviationStop(SentenceTokens s, int k) =>
        s.IsPunct(k, '.') && s.Touches(k) && s.IsCapitalized(k - 1) && k - 1 > s.First;

    // the "(" of a bracketed abbreviation ending right before the verb ("(ONS) said"), or null
    public static int? AbbreviationBefore(SentenceTokens s, int k) =>
        s.IsPunct(k, ')') && s.IsWord(k - 1) && s.Span(k - 1).Length <= 6 && IsAbbreviation(s.Span(k - 1)) && s.IsPunct(k - 2, '(') && k - 2 > s.First
            && s.IsWord(k - 3) ? k - 2 : null;

    // "ONS", "USGS", "DfT": a capital first and at least two in all
    private static bool IsAbbreviation(ReadOnlySpan<char> w)
    {
        int capitals = 0;
        foreach (char c in w) if (char.IsUpper(c)) capitals++;
        return char.IsUpper(w[0]) && capitals >= 2;
    }

    // "to", "the", "its net income": function words alone, or a phrase a possessive opens, name no one
    private static bool NamesSomeone(SentenceTokens s, int first, int last)
    {
        // "About seven percent of all candidates wrote": a figure's phrase names no one
        for (int k = first; k <= last; k++) if (s.Is(k, "percent") || s.Is(k, "cent") || s.IsPunct(k, '%')) return false;
        if (s.IsLower(first) && s.Span(first) is "its" or "their" or "his" or "her" or "our" or "my" or "your") return false;
        // "reports more than 25 million passengers": a figure's qualifier after the verb, not a speaker
        if (s.IsLower(first) && s.Span(first) is "more" or "less" or "fewer" or "about" or "around" or "nearly" or "almost" or "over"
            or "roughly" or "approximately" or "some" or "just" or "up") return false;
        if (first == last && IsPronoun(s.Span(first).ToString())) return true; // "it said": the caller looks back for whom
        // "said it continues to expect": a pronoun opening the words after the verb is the reported clause's subject
        if (s.IsLower(first) && s.Span(first) is "it" or "they" or "we" or "he" or "she") return false;
        for (int k = first; k <= last; k++)
            if (s.IsWord(k) && !s.Has(k, WordClass.Stopword | WordClass.Determiner | WordClass.Preposition)) return true;
        return false;
    }

    private static bool IsAdverb(ReadOnlySpan<char> w) =>
        w is "also" or "meanwhile" or "however" or "now" or "further" or "earlier" or "too" or "separately" or "previously" or "recently"
            or "later" or "again" or "still" or "already" or "then" || w.Length > 4 && w.EndsWith("ly") && w is not "only" and not "family";

    /// <summary>"it", "they": a pronoun says who only through a sentence before, so it is not a source's name.</summary>
    public static bool IsPronoun(string name) =>
        WithoutContraction(name.ToLowerInvariant()) is "it" or "they" or "he" or "she" or "we" or "i" or "you" or "this" or "that";

    // "I’d say", "we’ve said": the pronoun without its verb
    private static string WithoutContraction(string word)
    {
        int apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && word[(apostrophe + 1)..] is "d" or "m" or "ll" or "ve" or "re" or "s" ? word[..apostrophe] : word;
    }

    // "the 57th Statistical Report": an ordinal is part of a name
    private static bool IsOrdinal(SentenceTokens s, int k) =>
        s.Touches(k + 1) && (s.Is(k + 1, "st") || s.Is(k + 1, "nd") || s.Is(k + 1, "rd") || s.Is(k + 1, "th"));

    private static bool HasCapitalAfter(SentenceTokens s, int from, int last)
    {
        for (int k = from + 1; k <= last; k++) if (s.IsCapitalized(k)) return true;
        return false;
    }

    /// <summary>What a referring speaker stands for: "it", "the group" or "the company" the latest subject that was a name
    /// ("Merck"); "he" or "she" the source credited last; "the ministry" or "the report" the latest source credited with that word ("Ministry of Industry and
    /// Information Technology"). Null when nothing earlier fits.</summary>
    public static string? Resolve(string speaker, Discourse? discourse)
    {
        if (discourse is null) return null;
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "..., the World Tourism Organisation says. ... where numbers were up by six per cent, it said.": with no name as a
        // subject before, the institution credited last
        if (words.Length == 1 && words[0].ToLowerInvariant() is "it")
            return discourse.LastSource is { } last && IsInstitutionName(last) ? last
                // "..., the global steel body said. ..., it said.": the body credited last, by its name when one was credited
                : discourse.LastSource is { } body && IsInstitutionReference(body) ? discourse.LastSourceWhere(IsInstitutionName) ?? body
                : discourse.LastNamedSubject ?? discourse.LastSubjectName() ?? discourse.LastSourceWhere(IsInstitutionName);
        // ", he said.": the person credited last
        // (not "the data": "he" is a person; after a source that is none, or with none credited, the pronoun as written)
        if (words.Length == 1 && words[0].ToLowerInvariant() is "he" or "she") return discourse.LastSource is { } last && IsPersonLike(last) ? last : speaker;
        if (words.Length < 2 || words[0].ToLowerInvariant() is not ("the" or "this")) return null;
        var noun = words[^1].ToLowerInvariant();
        if (!char.IsLower(words[^1][0])) return null; // "the IEA" names itself
        if (discourse.LastSourceWith(noun) is { } credited) return credited;
        return IsOrganizationNoun(noun) ? discourse.LastNamedSubject ?? discourse.LastSubjectName() : null;
    }

    /// <summary>"Willie Walsh, IAG chief executive, said": a name that opens the sentence, set off by commas before its verb of
    /// saying, else null.</summary>
    public static string? SetOffBeforeVerb(SentenceTokens s)
    {
        // "MOMBASA, Kenya, Nov. 14 (Xinhua) -- Kenya's main seaport, the Port of Mombasa, said": after a wire dateline
        int first = WireDateline.End(s) is > 0 and var afterDateline ? afterDateline : s.First;
        if (!s.IsCapitalized(first)) return null;
        for (int k = first + 1; k < s.End; k++)
        {
            if (Clauses.IsVerbLike(s, k) && !s.Has(k, WordClass.AttributionVerb)) return null; // the opening phrase does something else
            if (!s.Has(k, WordClass.AttributionVerb) || !s.IsLower(k) || !s.IsPunct(k - 1, ',')) continue;
            if (Speakers.ReportsWhatItHad(s, k)) return null; // "Houston, Texas, reported the largest increases": had, not said
            int end = k - 1, lastComma = end;
            for (int j = end - 1; j > first; j--) if (s.IsPunct(j, ',')) { lastComma = j; break; }
            // "Sky, meanwhile, said": the part after the last inner comma is one lower-case word
            // "Eliopoulos, 51, said": nor the speaker's age
            if (lastComma < end && end - lastComma == 2 && (s.IsLower(lastComma + 1) || s.IsDigits(lastComma + 1))) end = lastComma;
            // "United and Continental, which merged last year, reported": the relative clause describes the name
            for (int j = first + 1; j < end; j++)
                if (Clauses.OpensRelativeClause(s, j)) { end = j; break; }
            return end > first ? s.Join(first, end) : null;
        }
        return null;
    }

    /// <summary>The name that opens a sentence's subject: "Saudi Aramco", "Merck" of "Germany's Merck beat ..." (the owned
    /// name, not its place); a lone capitalized word counts only inside the sentence. Null otherwise.</summary>
    public static string? OpeningName(SentenceTokens s)
    {
        // The name found holds a capitalized word after the sentence's first (it starts inside the sentence, or has two
        // words): without one, a quarter of sentences, the subject need not be looked for.
        if (!HasCapitalizedAfterFirst(s)) return null;
        if (Clauses.SentenceSubject(s, s.End) is not { } subject) return null;
        // "(Photo credit: Wikipedia)": a caption in brackets names no subject the text goes on about
        if (s.IsPunct(subject.First - 1, '(')) return null;
        int first = subject.First;
        while (first < subject.End - 1 && s.IsCapitalized(first) && (s.Span(first).EndsWith("'s") || s.Span(first).EndsWith("’s"))) first++;
        int end = first;
        while (end < subject.End && s.IsCapitalized(end) && !s.Has(end, WordClass.Determiner | WordClass.Pronoun | WordClass.Preposition)) end++;
        bool inside = first > s.First || end - first >= 2;
        if (end == first + 1 && IsTimeOrOrigin(s, first, end < subject.End)) return null;
        return inside && end > first && (end == subject.End || s.IsLower(end)) ? s.Join(first, end) : null;
    }

    // "January production", "Canadian production of crude oil": a month, a weekday, or a word of origin before the subject's
    // noun names no one "it" could stand for
    private static bool IsTimeOrOrigin(SentenceTokens s, int k, bool beforeNoun) =>
        s.Has(k, WordClass.Month) || Months.IsWeekday(s, k)
        || beforeNoun && s.Span(k) is { Length: > 4 } w && (w.EndsWith("ian") || w.EndsWith("ese") || w.EndsWith("ish") || w.EndsWith("can"));

    private static bool HasCapitalizedAfterFirst(SentenceTokens s)
    {
        for (int k = s.First + 1; k < s.End; k++)
            if (s.IsCapitalized(k)) return true;
        return false;
    }

    // "World Tourism Organisation", "Ministry of Statistics and Programme Implementation": capitalized words (and small
    // joining words), one of them an institution's noun
    private static bool IsInstitutionName(string source)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool institution = false;
        foreach (var w in words)
        {
            if (w is "of" or "for" or "and" or "on" or "the") continue;
            if (!char.IsUpper(w[0])) return false;
            // "the MPOB", "ONS": an abbreviation of three capitals or more names a body
            institution |= IsInstitutionNoun(w) || w.Length >= 3 && w.All(char.IsUpper);
        }
        return institution;
    }

    // "the global steel body", "the agency", "the regulator": a body named by its kind, which "it" may stand for
    private static bool IsInstitutionReference(string source)
    {
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || !char.IsLower(words[^1][0])) return false;
        var noun = words[^1];
        return noun is "body" or "regulator" or "watchdog" || IsInstitutionNoun(char.ToUpperInvariant(noun[0]) + noun[1..]);
    }

    // "Inspector Hank Idsinga", "the official": no data, figures, report or the like
    private static bool IsPersonLike(string source)
    {
        foreach (var w in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (w.ToLowerInvariant() is "data" or "figures" or "statistics" or "report" or "survey" or "study" or "analysis" or "research" or "estimates")
                return false;
        return true;
    }

    private static bool IsInstitutionNoun(string w) =>
        w is "Organisation" or "Organization" or "Association" or "Ministry" or "Bureau" or "Department" or "Commission" or "Council"
            or "Agency" or "Institute" or "Office" or "Authority" or "Administration" or "Board" or "Federation" or "Union"
            or "Fund" or "Foundation" or "Committee" or "Centre" or "Center" or "Executive" or "Bank";

    private static bool IsOrganizationNoun(string w) => w is "company" or "group" or "firm" or "carrier" or "bank" or "insurer" or "retailer";

    /// <summary>"the ministry", "it", "the German drugs and chemicals group": a speaker that refers back instead of naming.</summary>
    public static bool Refers(string speaker) =>
        speaker.Equals("it", StringComparison.OrdinalIgnoreCase) || speaker.Equals("he", StringComparison.OrdinalIgnoreCase)
        || speaker.Equals("she", StringComparison.OrdinalIgnoreCase) || speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
        || speaker.StartsWith("this ", StringComparison.OrdinalIgnoreCase);

    /// <summary>"reported the largest increases", "reported a decline": a verb of saying whose object opens with a
    /// superlative or names a change tells what its subject had, not what anyone said.</summary>
    internal static bool ReportsWhatItHad(SentenceTokens s, int verb)
    {
        if (!s.Has(verb + 1, WordClass.Determiner)) return false;
        // "the only other double-digit increases", "the second-largest ADR increase": a few words on
        for (int k = verb + 2; k <= verb + 7 && (s.IsLower(k) || s.IsPunct(k, '-')); k++)
            if (s.Span(k) is { Length: > 4 } word && word.EndsWith("est") || s.Has(k, WordClass.ChangeUp | WordClass.ChangeDown) || s.Is(k, "only"))
                return true;
        return false;
    }
}

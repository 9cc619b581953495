using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>What a referring subject stands for, and how a metric names it.</summary>
internal enum ReferentKind : byte { Domain, Place, Organization }

/// <summary>A resolved referring phrase: "the sector" is "generative AI" (a domain), "the region" is "Xizang" (a place).</summary>
internal readonly record struct Referent(string Text, ReferentKind Kind);

/// <summary>
/// Resolves subjects that refer back instead of naming. "the sector", "the industry" or "the market" name the domain of
/// the latest metric taken from a clause subject whose figure has the same unit ("China's generative AI user base hit 515
/// million ... the sector had drawn 250 million users": the domain is "generative AI"). "the region", "the country" or
/// "the company" name the nearest earlier proper name written with that noun ("the Xizang autonomous region"), else, for a
/// company, the latest subject that was a name ("Saudi Aramco"), for a country the owner of the latest subject metric
/// ("China's ..."). "This 13-point roadmap" at the start of a sentence names what the
/// sentence before ended with ("... unveiled the Global AI Governance Action Plan."); a sentence-opening "It" names the
/// core of the previous sentence's subject.
/// </summary>
internal static partial class Anaphora
{
    private const int MaxNameWords = 6;

    /// <summary>What a subject such as "the sector" stands for, or null. <paramref name="counts"/>: the figure counts a noun,
    /// so the referent is the domain that qualifies it ("generative AI" users); an amount takes the whole earlier metric.</summary>
    public static Referent? Resolve(SentenceTokens s, (int First, int End) subject, string? unit, bool counts, Discourse discourse)
    {
        if (subject.End - subject.First != 2 || !(s.Is(subject.First, "the") || s.Is(subject.First, "this") || s.Is(subject.First, "that")))
            return null;
        var noun = s.Span(subject.First + 1);
        if (IsDomainNoun(noun))
        {
            // "Retail sales grew 4.2 percent, and the sector employed 48 million workers": failing a count of the same
            // thing, the latest subject of any unit names the sector.
            var antecedent = discourse.LastSubjectMetric(unit) ?? (counts ? discourse.LastSubjectMetric() : null);
            var domain = antecedent is null ? null : counts ? Domain(antecedent, unit) : WithoutOwner(antecedent);
            return domain is null ? null : new Referent(domain, ReferentKind.Domain);
        }
        bool place = IsPlaceNoun(noun);
        if (!place && !IsOrganizationNoun(noun)) return null;
        var kind = place ? ReferentKind.Place : ReferentKind.Organization;
        if (NameBefore(discourse.Text, s[s.First].Start, noun) is { } name) return new Referent(name, kind);
        if (!place && AppositiveNameBefore(discourse.Text, s[s.First].Start) is { } appositive) return new Referent(appositive, kind);
        // "Saudi Aramco pumped 9 million barrels a day. The company plans ...": the latest subject that was a name.
        if (!place) return discourse.LastSubjectName() is { } named ? new Referent(named, kind) : null;
        if (noun is "region" or "province" or "city") return null; // "China's" owns too much to stand for a region
        return discourse.LastSubjectMetric(unit) is { } metric && Possessor(metric) is { } owner ? new Referent(owner, kind) : null;
    }

    /// <summary>"the company's net orders", "the country's unemployment rate": the name a possessive "the company's" or "the
    /// country's" opening a subject stands for (as <see cref="Resolve"/> reads "the company"), or null.</summary>
    public static string? OwnerReferent(SentenceTokens s, (int First, int End) subject, Discourse discourse)
    {
        if (subject.End - subject.First < 3 || !s.Is(subject.First, "the") || !MetricReader.IsPossessive(s.Span(subject.First + 1))) return null;
        var noun = s.Span(subject.First + 1)[..^2];
        bool place = noun is "country" or "nation";
        if (!place && !IsOrganizationNoun(noun)) return null;
        string? owner = NameBefore(discourse.Text, s[s.First].Start, noun)
            ?? (!place ? AppositiveNameBefore(discourse.Text, s[s.First].Start) ?? discourse.LastSubjectName()
                : discourse.LastSubjectMetric() is { } metric ? Possessor(metric) : null);
        return owner is { Length: > 0 } && char.IsUpper(owner[0]) ? owner : null; // a name, not the "country's" of a metric before
    }

    /// <summary>A subject as a name: the owner of "Tesla's Shanghai plant", or capitalized words ("Saudi Aramco"; one
    /// capitalized word only inside the sentence, as "Coal" opening one is no name). Null otherwise.</summary>
    public static string? NameOf(SentenceTokens s, (int First, int End) subject)
    {
        if (MetricReader.IsPossessive(s.Span(subject.First)) && s.IsCapitalized(subject.First)) return s.Span(subject.First)[..^2].ToString();
        for (int k = subject.First; k < subject.End; k++)
            if (!s.IsCapitalized(k) && !(s.IsPunct(k, '-') && s.Touches(k))) return null;
        return subject.End - subject.First >= 2 || subject.First > s.First ? s.Join(subject.First, subject.End) : null;
    }

    private static bool IsDomainNoun(ReadOnlySpan<char> w) => w is "sector" or "industry" or "market" or "field" or "segment";

    private static bool IsPlaceNoun(ReadOnlySpan<char> w) =>
        w is "region" or "country" or "nation" or "province" or "city" or "state" or "municipality" or "county";

    private static bool IsOrganizationNoun(ReadOnlySpan<char> w) => w is "company" or "firm" or "group" or "bank" or "carrier" or "utility";

    /// <summary>"China's generative AI user base" counted in users: the words before the counted noun and measure words,
    /// without the owner: "generative AI". Null when nothing is left.</summary>
    public static string? Domain(string metric, string? unit)
    {
        var words = metric.Split(' ');
        int first = 0, end = words.Length;
        for (int i = 0; i < words.Length; i++)
            if ((Lexicon.Classify(words[i]) & (WordClass.Preposition | WordClass.ClauseWord)) != 0) { end = i; break; }
        while (first < end && MetricReader.IsPossessive(words[first])) first++;
        int headless = end;
        while (headless > first && (IsMeasureWord(words[headless - 1]) || (unit is not null && Inflection.Singular(words[headless - 1]) == unit)))
            headless--;
        if (headless == end) headless--; // "Retail sales": the words before the head
        return headless > first ? string.Join(' ', words, first, headless - first) : null;
    }

    // "China's solar capacity": "solar capacity".
    private static string? WithoutOwner(string metric)
    {
        var words = metric.Split(' ');
        int first = 0;
        while (first < words.Length && MetricReader.IsPossessive(words[first])) first++;
        return first < words.Length ? string.Join(' ', words, first, words.Length - first) : null;
    }

    private static bool IsMeasureWord(string w) => w is "base" or "number" or "count" or "total" or "size" or "volume" or "pool" or "population";


    private static string? Possessor(string metric)
    {
        int space = metric.IndexOf(' ');
        var first = space < 0 ? metric : metric[..space];
        return MetricReader.IsPossessive(first) ? first[..^2] : null;
    }

    // "the Xizang autonomous region": capitalized words, at most two lower-case words that are not function words, the noun.
    // The last such phrase with this noun before the sentence. A match holds only letters, apostrophes, hyphens and white
    // space, so a stretch of text between two other characters (see IsStop) is matched as it is within the whole text:
    // the stretches holding the noun are read from the last one back, where the regex once ran over all the text so far
    // for every figure.
    private static string? NameBefore(string text, int before, ReadOnlySpan<char> noun)
    {
        string? found = null;
        for (int end = before; found is null && end > 0;)
        {
            int at = text.AsSpan(0, end).LastIndexOf(noun, StringComparison.OrdinalIgnoreCase);
            if (at < 0) break;
            int start = at, stop = at;
            while (start > 0 && !IsStop(text[start - 1])) start--;
            while (stop < before && !IsStop(text[stop])) stop++;
            int stretchEnd = stop < before ? stop + 1 : before; // with its stop, which \b after the noun reads
            for (var m = NamedNoun().Match(text, start, stretchEnd - start); m.Success; m = m.NextMatch())
            {
                if (!noun.Equals(m.Groups["noun"].ValueSpan, StringComparison.OrdinalIgnoreCase)) continue;
                bool plain = true;
                foreach (Capture word in m.Groups["between"].Captures)
                    plain &= (Lexicon.Classify(word.ValueSpan) & (WordClass.Stopword | WordClass.Preposition | WordClass.Determiner)) == 0;
                if (plain) found = m.Groups["name"].Value;
            }
            end = start;
        }
        if (found is null) return null;
        var words = found.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        int first = words[0] is "The" or "This" or "In" or "At" or "By" or "For" or "As" ? 1 : 0; // sentence-opening words are not the name
        if (first == words.Length) return null;
        var name = string.Join(' ', words, first, words.Length - first);
        return MetricReader.IsPossessive(name) ? name[..^2] : name;
    }

    /// <summary>"The consulting firm Accenture said ... The company had expected": the name the nearest earlier company noun
    /// stands before ("firm Accenture", "the carmaker Tesla") in the sentence before, which "the company" stands for; null
    /// when there is none.</summary>
    private static string? AppositiveNameBefore(string text, int before)
    {
        int from = text.AsSpan(0, before).TrimEnd().LastIndexOfAny('.', '\n') is var end && end > 0
            ? Math.Max(0, text.AsSpan(0, end).LastIndexOfAny('.', '\n')) : 0;
        Match? last = null;
        for (var m = AppositiveName().Match(text, from, before - from); m.Success; m = m.NextMatch()) last = m;
        return last?.Groups["name"].Value;
    }

    /// <summary>"... unveiled the Global AI Governance Action Plan.": a name of two or more capitalized words that ends the
    /// sentence before, with its article. Null when that sentence ends otherwise.</summary>
    public static string? NameEndingPrevious(Discourse discourse)
    {
        if (discourse.PreviousSentence() is not { } p) return null;
        int last = p.End - 1;
        while (last >= p.First && !p.IsWord(last)) last--;
        int first = last, capitals = 0;
        while (first >= p.First && last - first < MaxNameWords && p.IsCapitalized(first) && !p.Has(first, WordClass.Determiner)) { first--; capitals++; }
        return capitals >= 2 && p.Is(first, "the") ? "the " + p.Join(first + 1, last + 1) : null;
    }

    /// <summary>"A national platform for remote sensing data ... was launched. It has aggregated ...": the previous sentence's
    /// subject up to its head, with "the" for an indefinite article. Null when there is none.</summary>
    public static string? PreviousSubject(Discourse discourse)
    {
        if (discourse.PreviousSentence() is not { } p || Clauses.SentenceSubject(p, p.End) is not { } subject) return null;
        int end = subject.First;
        while (end < subject.End && !p.Has(end, WordClass.Preposition | WordClass.ClauseWord)) end++;
        bool determined = p.Has(subject.First, WordClass.Determiner);
        int first = determined ? subject.First + 1 : subject.First;
        // "The number of Japanese babies born last year stood at 727,277. It fell 43,482": a count's "number" or "total" stands
        // for what it counts
        if (end == first + 1 && MetricReader.IsAmountWord(p.Span(first)) && p.Is(end, "of") && end + 1 < subject.End)
        {
            first = end + 1;
            end = first;
            while (end < subject.End && !p.Has(end, WordClass.Preposition | WordClass.ClauseWord | WordClass.RelativeFrame)) end++;
            determined = false;
        }
        if (Clauses.ContentWords(p, first, end) == 0 || p.Has(first, WordClass.Pronoun)) return null;
        return determined ? "the " + p.Join(first, end) : p.Join(first, end);
    }

    /// <summary>"Demand for heat pumps in rural areas slowed. They fell 8 percent to 40,000 units.": a sentence opening with
    /// "They" or "It" and giving the figure no subject of its own speaks of the previous sentence's subject; "They" of its
    /// first plural noun with the words that modify it ("heat pumps"), "It" of its head (<see cref="PreviousSubject"/>).
    /// Null when the previous subject has no such noun.</summary>
    public static string? OpeningPronoun(SentenceTokens s, Discourse discourse) => PronounReferent(s, s.First, discourse);

    /// <summary>"For May to July, it rose 0.5 points", "In Wales they rose 1.3 per cent": a pronoun after a phrase that opens
    /// the sentence or the clause at <paramref name="open"/> stands for what <see cref="OpeningPronoun"/> reads; a place the
    /// phrase names ("in Wales") is kept with it. Null when the clause opens otherwise.</summary>
    public static string? PronounAfterOpeningPhrase(SentenceTokens s, int open, int before, Discourse discourse)
    {
        // "But in Wales they increased", "while in the East of England they fell": a linking word before the phrase
        if (s.Is(open, "but") || s.Is(open, "and") || s.Is(open, "yet") || s.Is(open, "while") || s.Is(open, "whereas")) open++;
        // "While the figure was down 10.4% from July": the figure right after the linking word
        if (IsFigurePointer(s, open) && open > s.First) return PreviousSubject(discourse);
        // "A year ago, that figure was 5.5 per cent", "Last year, it ...": a time opening the sentence, as a phrase does
        if (!s.Has(open, WordClass.Preposition) && !OpensWithTime(s, open)) return null;
        for (int k = open + 1; k < before && k - open <= MaxOpeningTokens; k++)
        {
            if (IsFigurePointer(s, k) && s.IsPunct(k - 1, ',')) return PreviousSubject(discourse);
            if (s.Is(k, "it") || s.Is(k, "they"))
            {
                if (PronounReferent(s, k, discourse) is not { } referent) return null;
                int end = s.IsPunct(k - 1, ',') ? k - 1 : k;
                bool place = s.Is(open, "in") && Enumerable.Range(open + 1, end - open - 1).Any(j => s.IsCapitalized(j) && !s.Has(j, WordClass.Month));
                return place ? $"{referent} in {s.Join(open + 1, end)}" : referent;
            }
            if (s.IsClauseBreak(k) && !s.IsPunct(k, ',') || Clauses.IsVerbLike(s, k)) return null;
        }
        return null;
    }

    // "In February 2020, the last full month before the pandemic, it stood at 4.57 million": an opening phrase with its aside
    private const int MaxOpeningTokens = 14;

    // "the figure", "that figure", "this number": a pointer to the figure the sentence before gave
    private static bool IsFigurePointer(SentenceTokens s, int k) =>
        s.IsLower(k) && (s.Is(k, "the") || s.Is(k, "that") || s.Is(k, "this")) && (s.Is(k + 1, "figure") || s.Is(k + 1, "number"));

    // "A year ago,", "Last year,", "Earlier,": a time that opens the sentence
    private static bool OpensWithTime(SentenceTokens s, int open) =>
        (s.Is(open, "a") || s.Is(open, "one") || s.Has(open, WordClass.Cardinal)) && s.Has(open + 1, WordClass.TimeUnit) && s.Is(open + 2, "ago")
        || s.Has(open, WordClass.RelativeFrame) && s.Has(open + 1, WordClass.TimeUnit)
        || s.Is(open, "earlier") || s.Is(open, "previously");

    private static string? PronounReferent(SentenceTokens s, int pronoun, Discourse discourse)
    {
        if (s.Is(pronoun, "it")) return PreviousSubject(discourse);
        if (!s.Is(pronoun, "they") || discourse.PreviousSentence() is not { } p || Clauses.SentenceSubject(p, p.End) is not { } subject)
            return null;
        for (int k = subject.First; k < subject.End; k++) // the first plural is the head's side: "sales" of "sales in rural areas"
        {
            // "Rents were down ...": the sentence's first word is capitalized for the sentence, not as a name
            bool opening = k == p.First && p.IsCapitalized(k) && !p.IsAllCapitals(k);
            if (!p.IsLower(k) && !opening || !Inflection.IsPlural(p.Span(k)) || MetricReader.IsPossessive(p.Span(k))
                || p.Has(k, WordClass.Pronoun | WordClass.Stopword | WordClass.Determiner | WordClass.Preposition)) continue;
            int first = k;
            while (first > subject.First && p.IsWord(first - 1) && IsModifier(p.Span(first - 1)) && !p.IsCapitalized(first - 1)) first--;
            return p.Join(first, k + 1);
        }
        return null;
    }

    /// <summary>"Container throughput includes ... Throughput grew from 36 million TEU": a bare noun opening a sentence
    /// stands for the latest earlier noun phrase of the text that ends in it with modifiers ("Container throughput"), or null.
    /// Function words, verbs and numbers are no modifiers.</summary>
    public static string? FullerNounPhrase(string text, int before, ReadOnlySpan<char> noun)
    {
        if (noun.Length < 4) return null;
        string? found = null;
        for (int at = text.AsSpan(0, before).IndexOf(noun, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            int end = at + noun.Length;
            // a common noun, written in lower case where it is modified ("car maker Tesla" is a name)
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])) && char.IsLower(text[at]))
            {
                // up to three words right before it, on the same line
                var words = new List<string>();
                int k = at;
                while (words.Count < 3 && k > 0 && text[k - 1] == ' ')
                {
                    int wordEnd = k - 1, wordStart = wordEnd;
                    while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
                    if (wordStart == wordEnd || wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1])) break;
                    var word = text[wordStart..wordEnd];
                    if (!IsModifier(word)) break;
                    words.Insert(0, word);
                    k = wordStart;
                }
                if (words.Count > 0) found = string.Join(' ', words) + " " + text[at..end].ToLowerInvariant();
            }
            int next = text.AsSpan(end, before - end).IndexOf(noun, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : end + next;
        }
        return found;
    }

    /// <summary>The word is written capitalized after a lower-case word somewhere in the text ("... said Merck"): a name.</summary>
    public static bool IsNameInText(string text, ReadOnlySpan<char> word)
    {
        for (int at = text.AsSpan().IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            int end = at + word.Length;
            bool whole = (end >= text.Length || !char.IsLetter(text[end])) && at >= 2 && text[at - 1] == ' ' && char.IsLower(text[at - 2]);
            if (whole) return true;
            int next = text.AsSpan(end).IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    private static bool IsModifier(ReadOnlySpan<char> w) =>
        (Lexicon.Classify(w) & (WordClass.Stopword | WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.Conjunction
            | WordClass.ClauseWord | WordClass.Pronoun | WordClass.CommonVerb | WordClass.AttributionVerb | WordClass.ChangeUp | WordClass.ChangeDown
            | WordClass.NowWord | WordClass.Month | WordClass.Cardinal)) == 0
        && !MetricReader.IsPossessive(w) && !w.EndsWith("ly");

    // A character no NamedNoun match holds: none of its matches crosses one, and no attempt to match reads past one.
    private static bool IsStop(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '“' or '”' or (>= '0' and <= '9');

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})(?:\s+(?<between>[\p{Ll}-]+)){0,2}?\s+"
        + @"(?<noun>region|country|nation|province|city|state|municipality|county|company|firm|group|bank|carrier|utility)\b")]
    private static partial Regex NamedNoun();

    [GeneratedRegex(@"\b(?:company|firm|group|bank|carrier|utility|maker|carmaker|automaker|retailer|insurer|lender|giant|airline|operator)\s+(?<name>\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})")]
    private static partial Regex AppositiveName();
}

using System.Collections.Frozen;

namespace NewsFigures;

/// <summary>
/// The name a piece is about ("Merck", "Toronto", "Southern Water"), and the rule metric.piece-subject that gives it to a
/// metric naming no one: "Revenues rose 7%" in a piece about Merck measures Merck revenues, as a reader takes it and as
/// annotators write it. The subject is the proper name the text uses most, at least twice and at least once inside a
/// sentence (a capital there is a name's, not a sentence's), not as a speaker ("Smith said", "polled by MarketWatch",
/// "according to Gartner"). A name in both the headline and the lead counts once more.
/// </summary>
internal static class PieceSubject
{
    public const string Rule = "metric.piece-subject";

    private const int MinMentions = 2;
    private const int MaxNameWords = 4;

    // Capitalized words that open sentences or stand for nouns, not names (the lexicon's function words and months too).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "they", "we", "i", "you", "it", "however", "meanwhile", "mr", "ms", "mrs", "dr", "prof", "sen", "gov", "hon", "also", "total", "overall",
        "despite", "after", "before", "when", "while", "if", "although", "both", "all", "many", "most", "more", "other", "there",
        "here", "read", "photo", "image", "share", "updated", "published", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "so", "but", "yet", "as", "according", "year", "quarter", "first", "second", "third",
        "ai", "tv", "ev", "evs", "gdp", "ceo", "cfo", "cpi", "ipo", "pc", "pcs", "gpu", "gpus", "lng", "api", "etf", "ksh",
        "covid", "coronavirus", "ebitda", "ebit", "eps", "arpu", "iot", "fy", "aisc", "yoy", "mom",
        // news agencies credited in a dateline ("SYDNEY - [AAP]")
        "aap", "afp", "pti", "ians", "dpa").GetAlternateLookup<ReadOnlySpan<char>>();

    // a metric with its own scope ("domestic venture funding", "global sales") is not the subject's
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScopeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "domestic", "national", "nationwide", "national-level", "global", "worldwide", "world", "world's", "international", "countries").GetAlternateLookup<ReadOnlySpan<char>>();

    // a long phrase ("regular universities that have registered ...") says what it measures already
    private const int MaxMetricWords = 6;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "said", "says", "told", "added", "explained", "stated", "noted", "warned", "stressed", "argued", "remarked", "commented",
        "insisted").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The piece's subject, or null when no name is used often enough and more often than any other (a speaker's
    /// mention counts against it).</summary>
    public static Subject? Of(string text)
    {
        var tally = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<Range>(64);
        int lines = 0;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = WithoutCredit(text.AsSpan(lineStart, lineEnd - lineStart));
            TallyLine(line, words, tally, terms, pairs, lines);
            if (!line.IsWhiteSpace()) lines++;
            lineStart = lineEnd + 1;
        }
        string? best = null;
        int bestMentions = 0, bestFirst = int.MaxValue;
        bool tie = false;
        foreach (var (name, t) in tally)
        {
            if (!t.InSentence || t.Mentions < MinMentions || t.FirstLine >= LeadLines || terms.Contains(name)) continue;
            // (a name in both the headline and the lead, the text's first two lines, counts once more: what the piece is about
            // as its writer puts it first)
            int mentions = t.Mentions + (t.FirstLine == 0 && t.InLead ? 1 : 0);
            if (mentions > bestMentions || mentions == bestMentions && t.First < bestFirst)
            {
                tie = mentions == bestMentions;
                (best, bestMentions, bestFirst) = (name, mentions, t.First);
            }
            else if (mentions == bestMentions) tie = true;
        }
        if (best is null || tie) return null;
        // "England and Wales": a name mostly written as half of a pair is not what the piece is about alone; the pair is, when
        // the text writes that same pair more than once
        if (tally[best].Paired * 2 >= tally[best].Mentions)
        {
            var (pair, times) = pairs.Where(p => p.Key.StartsWith(best + " and ", StringComparison.Ordinal) || p.Key.EndsWith(" and " + best, StringComparison.Ordinal))
                .DefaultIfEmpty().MaxBy(p => p.Value);
            if (times < MinMentions) return null;
            best = pair;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        var others = new List<string>();
        foreach (var (name, t) in tally)
        {
            if (!t.InSentence) continue;
            names.Add(name);
            if (name != best && t.Mentions >= MinMentions) others.Add(name);
        }
        return new Subject(best, names, [.. others]);
    }

    // "Picture: Ron Lach/Pexels": a caption's credit names a photographer or an agency, never what the piece is about
    private static ReadOnlySpan<char> WithoutCredit(ReadOnlySpan<char> line)
    {
        foreach (var marker in CreditMarkers)
            if (line.IndexOf(marker, StringComparison.Ordinal) is >= 0 and var at) return line[..at];
        return line;
    }

    private static readonly string[] CreditMarkers = ["Picture:", "Photo:", "Photograph:", "Image:", "Photo credit:", "Credit:"];

    // a piece names its subject in its first lines (headline, dateline, lead): a name first met further down is one of its
    // items ("with Hong Kong and Memphis taking out first and second places")
    private const int LeadLines = 6;

    private readonly record struct Tally(int Mentions, bool InSentence, int First, int FirstLine, int Paired, bool InLead = false);

    // Counts the names of one line, spans only: a name's string is made the first time it is seen.
    private static void TallyLine(ReadOnlySpan<char> line, List<Range> words, Dictionary<string, Tally> tally, HashSet<string> terms,
        Dictionary<string, int> pairs, int lineNumber)
    {
        WordsOf(line, words);
        // a headline, menu or table heading in title case names everything
        int capitalized = 0;
        foreach (var w in words) if (char.IsUpper(line[w][0])) capitalized++;
        if (words.Count >= 3 && capitalized * 10 >= words.Count * 7) return;
        var byName = tally.GetAlternateLookup<ReadOnlySpan<char>>();
        int sourceLast = -2; // the last word of the latest name read as a source
        for (int i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(line[words[i]][0])) continue;
            int last = RunEnd(line, words, i);
            int first = i;
            while (first <= last && IsNotName(line[words[first]])) first++;
            i = last;
            if (first > last || last - first >= MaxNameWords || !LooksLikeAName(line, words, first, last)
                || NameSpan(line, words, first, last) is not { Length: > 0 } name) continue;
            bool speaker = last + 1 < words.Count && SpeakerVerbs.Contains(line[words[last + 1]].TrimEnd('.')) && !AddsAnObject(line, words, last + 1)
                || first > 0 && (SpeakerVerbs.Contains(line[words[first - 1]]) || line[words[first - 1]] is "by" or "regulator" or "watchdog")
                || AffiliationOfSpeaker(line, words, first) || SaidByTitle(line, words, first)
                || first > 1 && line[words[first - 2]] is "according" && line[words[first - 1]] is "to"
                || DataFrom(line, words, first) || OwnsAReport(line, words, last) || IsStatisticsOffice(line, words, first, last)
                || last > first && IsNamedReport(line[words[last]])
                // "figures from the Scotch Whisky Association (SWA)": the source's abbreviation in brackets is the source too
                || first == sourceLast + 1 && words[first].Start.Value > 0 && line[words[first].Start.Value - 1] == '(';
            if (speaker) sourceLast = last;
            // an abbreviation ("IAG will pay") or a possessive ("Birmingham City's parent company") is a name even where a
            // sentence opens
            bool inSentence = first > 0 && !OpensSentence(line, words[first].Start.Value)
                || last + 1 < words.Count && AfterSpace(line, words[first].Start.Value)
                && (IsAllCapitals(name) && name.Length > 1 || MetricReader.IsPossessive(line[words[last]]));
            // never the subject, wherever else the text writes it ("Revenue per available room (RevPAR)")
            if (first == last && IsTerm(line, words, first)) terms.Add(name.ToString());
            if (!byName.TryGetValue(name, out var t)) t = new Tally(0, false, tally.Count, lineNumber, 0);
            int mention = speaker ? -MinMentions : IsDemonym(line, words, first, last) ? 0 : 1;
            var pair = mention > 0 ? PairOfNames(line, words, first, last) : default;
            // each writing of a pair counted once, by its second half (its first half finds the same pair)
            if (!pair.IsEmpty && !pair.StartsWith(name) && pair.ToString() is var key) pairs[key] = pairs.GetValueOrDefault(key) + 1;
            byName[name] = new Tally(t.Mentions + mention, t.InSentence || inSentence, t.First, t.FirstLine, t.Paired + (pair.IsEmpty ? 0 : 1),
                t.InLead || lineNumber == 1 && mention > 0);
        }
    }

    // "a SAAR of 14.4 million", "a 14.5 million SAAR", "measles, mumps and rubella (MMR)": an abbreviation with "a" or one
    // that shortens lower-case words is a term, no name
    private static bool IsTerm(ReadOnlySpan<char> line, List<Range> words, int k)
    {
        // ("Revenue per available room (RevPAR)": capitals inside a word abbreviate too)
        if (!(IsAllCapitals(line[words[k]]) || Capitals(line[words[k]]) >= 2) || line[words[k]].Length < 2) return false;
        int before = k - 1;
        while (before >= 0 && (char.IsDigit(line[words[before]][0]) || line[words[before]] is "million" or "billion")) before--;
        if (before >= 0 && line[words[before]] is "a" or "an") return true;
        int start = words[k].Start.Value;
        // ("Like-for-like (LFL) sales": a word that opens the sentence is lower-case words' too)
        return start > 0 && line[start - 1] == '(' && k > 0
            && (char.IsLower(line[words[k - 1]][0]) || k == 1 && OpensSentence(line, words[0].Start.Value));
    }

    private static int Capitals(ReadOnlySpan<char> w)
    {
        int n = 0;
        foreach (var ch in w) if (char.IsUpper(ch)) n++;
        return n;
    }

    // "Figures from Ofgem show", "data from the ONS": where the numbers come from, a source
    private static bool DataFrom(ReadOnlySpan<char> line, List<Range> words, int first)
    {
        int from = first > 0 && line[words[first - 1]] is "the" ? first - 2 : first - 1;
        return from > 0 && line[words[from]] is "from" && line[words[from - 1]] is "figures" or "Figures" or "data" or "Data" or "statistics" or "numbers";
    }

    // "The ABS' monthly report", "EIA's production data": the owner of a report is where the numbers come from, a source
    private static bool OwnsAReport(ReadOnlySpan<char> line, List<Range> words, int last)
    {
        var owner = line[words[last]];
        // "Government figures show", "ONS data": a name right before its figures is where they come from too
        if (last + 1 < words.Count && IsReportNoun(line[words[last + 1]].TrimEnd('.'))) return true;
        if (!MetricReader.IsPossessive(owner) && !(owner[^1] is '\'' or '’' && owner.Length > 2 && owner[^2] is 's' or 'S')) return false;
        for (int k = last + 1; k < words.Count && k - last <= 3; k++)
            if (IsReportNoun(line[words[k]])) return true;
        return false;
    }

    // "the AAA Fuel Gauge Survey shows": a name that ends in a report noun names a report, a source
    private static bool IsNamedReport(ReadOnlySpan<char> w) => w is "Survey" or "Report" or "Study" or "Census" or "Poll";

    private static bool IsReportNoun(ReadOnlySpan<char> w) =>
        w is "report" or "reports" or "data" or "figures" or "survey" or "statistics" or "study" or "estimates";

    // "said road safety minister, Mike Penning": a name after a verb of saying and the speaker's title in lower case, set off
    // by a comma
    private static bool SaidByTitle(ReadOnlySpan<char> line, List<Range> words, int first)
    {
        int start = words[first].Start.Value;
        if (start < 2 || line[start - 1] != ' ' || line[start - 2] != ',') return false; // the title set off by a comma
        for (int k = first - 1; k >= 0 && first - k <= 5; k--)
        {
            var w = line[words[k]];
            if (SpeakerVerbs.Contains(w)) return k < first - 1;
            if (!char.IsLower(w[0])) return false;
        }
        return false;
    }

    // "Marcelo Osanai, e-commerce leader at E-bit/Nielsen": where a speaker works ("director of the HSE" may be the subject)
    private static bool AffiliationOfSpeaker(ReadOnlySpan<char> line, List<Range> words, int first)
    {
        int k = first - 1;
        if (k > 0 && line[words[k]] is "the") k--;
        return k > 0 && line[words[k]] is "at" && SpeakerTitles.Contains(line[words[k - 1]].TrimEnd(','));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerTitles = FrozenSet.Create(StringComparer.Ordinal,
        "leader", "director", "economist", "analyst", "chief", "head", "president", "spokesman", "spokeswoman", "spokesperson",
        "executive", "officer", "chairman", "chairwoman", "chair", "minister", "secretary", "manager", "professor", "researcher",
        "strategist", "founder", "partner").GetAlternateLookup<ReadOnlySpan<char>>();

    // "Australian Bureau of Statistics", "Statistics Norway": an office of statistics is where the numbers come from
    private static bool IsStatisticsOffice(ReadOnlySpan<char> line, List<Range> words, int first, int last)
    {
        for (int k = first; k <= last; k++)
            if (WithoutPossessive(line[words[k]]) is "Statistics" or "Statistical" or "Stats") return true;
        return false;
    }

    // "European rather than overseas raw materials", "Chinese tourists": a one-word adjective of a people before a noun
    private static bool IsDemonym(ReadOnlySpan<char> line, List<Range> words, int first, int last)
    {
        var word = line[words[first]];
        return first == last && last + 1 < words.Count && char.IsLower(line[words[last + 1]][0])
            && (word.EndsWith("ean") || word.EndsWith("ian") || word.EndsWith("ese") || word.EndsWith("ish"));
    }

    // "crime in England and Wales", "Sky and BT paid": a name joined to a one-word name by "and" is half of the pair, "England
    // and Wales"; else empty ("Los Angeles and Shanghai" pairs no one-word name)
    private static ReadOnlySpan<char> PairOfNames(ReadOnlySpan<char> line, List<Range> words, int first, int last)
    {
        // (a capital across a sentence's end, "... England and Wales. Police ...", opens another sentence, no longer name)
        if (first > 1 && line[words[first - 1]] is "and" && char.IsUpper(line[words[first - 2]][0])
            && (first == 2 || !char.IsUpper(line[words[first - 3]][0]) || line[words[first - 3]][^1] == '.'))
            return line[words[first - 2].Start..words[last].End].TrimEnd(".,;:'’");
        if (last + 2 < words.Count && line[words[last + 1]] is "and" && char.IsUpper(line[words[last + 2]][0])
            && (last + 3 == words.Count || !char.IsUpper(line[words[last + 3]][0]) || line[words[last + 2]][^1] == '.'))
            return line[words[first].Start..words[last + 2].End].TrimEnd(".,;:'’");
        return default;
    }

    // "Norvik added two ferries": "added" before its object adds, it does not say ("..., Norvik added." and "Norvik added
    // that" do)
    private static bool AddsAnObject(ReadOnlySpan<char> line, List<Range> words, int verb) =>
        line[words[verb]] is "added" && words[verb].End.Value < line.Length && line[words[verb].End.Value] == ' '
        && verb + 1 < words.Count && line[words[verb + 1]] is not "that" && !char.IsUpper(line[words[verb + 1]][0]);

    // False for what only looks like a name: a model after its number ("737 Max"), a dateline ("SAO PAULO (Reuters) -"),
    // a stock ticker ("NORV:OSL"), a common noun with a capital ("the Group"), a currency's prefix ("US$").
    private static bool LooksLikeAName(ReadOnlySpan<char> line, List<Range> words, int first, int last)
    {
        if (first > 0)
        {
            var before = line[words[first - 1]];
            if (char.IsDigit(before[0]) && before[^1] != '.' && SingleSpace(line, words[first - 1], words[first])) return false;
            if (first == last && before is "the" or "The" && !IsAllCapitals(line[words[first]])) return false;
        }
        int after = words[last].End.Value;
        if (after + 1 < line.Length && line[after] == ':' && char.IsLetterOrDigit(line[after + 1])) return false;
        if (after < line.Length && line[after] == '$') return false; // "US$ 1.6 trillion", "A$20": a currency's prefix
        // "against the US dollar", "the Australian dollar": a currency, no name of the piece
        if (last + 1 < words.Count && line[words[last + 1]].TrimEnd('.') is "dollar" or "dollars") return false;
        if (after + 1 < line.Length && line[after] == ' ' && line[after + 1] == '$' && IsAllCapitals(line[words[last]])) return false; // "US $ 7,000"
        // "SAO PAULO (Reuters) -", "BEIJING, June 3 -": capitals opening a line are a dateline when punctuation follows them
        return !(first == 0 && IsAllCapitals(line[words[last]]) && (after == line.Length || line[after..].TrimStart() is var rest
            && (rest.IsEmpty || rest[0] is '(' or ',' or '-' or '–' or '—' or ':')));
    }

    /// <summary>The figure with the subject before its metric, when the metric names no one.</summary>
    public static Figure Apply(Figure figure, Subject subject)
    {
        var metric = figure.Metric;
        if (metric.Length == 0 || NamesSomeone(metric, subject) || NamesAnother(figure.Sentence, subject) || OpensWithPlace(figure.Sentence)) return figure;
        // "May revenues" keeps its month's capital, and "AccuWeather" its own
        string phrase = char.IsUpper(metric[0]) && !OpensWithMonth(metric) && !NonFigureRules.HasInnerCapital(FirstWord(metric))
            ? char.ToLowerInvariant(metric[0]) + metric[1..] : metric;
        return figure with
        {
            Metric = $"{subject.Name} {phrase}",
            Rules = figure.Rules is { } rules ? rules with { Metric = $"{rules.Metric} + {Rule}" } : null,
        };
    }

    // "AccuWeather", "TEUs", "BoE": a capital inside the first word is the word's own, not the sentence's
    private static ReadOnlySpan<char> FirstWord(string metric)
    {
        int end = 0;
        while (end < metric.Length && char.IsLetter(metric[end])) end++;
        return metric.AsSpan(0, end);
    }

    // A capital after the first word is a name's; the first word is a name when it is all capitals, possessive, or
    // written with a capital inside a sentence of the text. A metric holding a word of the subject names it already.
    private static bool NamesSomeone(string metric, Subject subject)
    {
        // ("Saudi spending, year on year": the basis after the comma is no part of what is measured)
        var span = ComparisonBasis.Without(metric);
        var words = subject.MetricWords;
        WordsOf(span, words);
        if (words.Count == 0 || words.Count > MaxMetricWords) return true;
        foreach (var w in words) if (ScopeWords.Contains(span[w])) return true;
        for (int i = 1; i < words.Count; i++)
            if (char.IsUpper(span[words[i]][0])) return true;
        var first = span[words[0]];
        // "Peruvian cement despatches": an adjective of a people names its country
        if (words.Count > 1 && char.IsUpper(first[0]) && IsDemonym(span, words, 0, 0)) return true;
        if (first.Length > 1 && IsAllCapitals(first) || MetricReader.IsPossessive(first)
            || subject.Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WithoutPossessive(first))) return true;
        foreach (var part in subject.Name.AsSpan().Split(' '))
            if (subject.Name.AsSpan()[part] is not "and" && span.Contains(subject.Name.AsSpan()[part], StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool OpensWithMonth(string metric)
    {
        int end = metric.IndexOf(' ');
        return (Lexicon.Classify(end < 0 ? metric : metric.AsSpan(0, end)) & WordClass.Month) != 0;
    }

    // "In Los Angeles, average rent climbed 4 percent": a sentence that opens with its own place is about that place
    private static bool OpensWithPlace(string sentence)
    {
        if (!sentence.StartsWith("In ", StringComparison.Ordinal) || sentence.Length < 5 || !char.IsUpper(sentence[3])) return false;
        int end = 3;
        while (end < sentence.Length && char.IsLetter(sentence[end])) end++;
        var word = sentence.AsSpan(3, end - 3);
        return end < sentence.Length && sentence[end] is ' ' or ',' && Lexicon.Classify(word) == WordClass.None && !NotNames.Contains(word);
    }

    // A sentence naming another of the piece's names may be about it ("Aldi's sales rose" in a piece about Tesco). The
    // figures of one sentence share its string: the answer for the last one is kept.
    private static bool NamesAnother(string sentence, Subject subject)
    {
        if (ReferenceEquals(sentence, subject.LastSentence)) return subject.LastNamesAnother;
        bool found = false;
        var byFirstWord = subject.OthersByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = sentence.AsSpan();
        for (int k = 0; k < span.Length && !found; k++)
        {
            if (!char.IsUpper(span[k]) || k > 0 && char.IsLetterOrDigit(span[k - 1])) continue;
            int end = k;
            while (end < span.Length && (char.IsLetterOrDigit(span[end]) || span[end] is '.' or '-' or '&')) end++;
            if (!byFirstWord.TryGetValue(span[k..end].TrimEnd('.'), out var others)) continue;
            foreach (var other in others)
                if (span[k..].StartsWith(other) && (k + other.Length == span.Length || !char.IsLetter(span[k + other.Length]))) found = true;
        }
        (subject.LastSentence, subject.LastNamesAnother) = (sentence, found);
        return found;
    }

    // Words: a letter or digit, then letters, digits and & ' ’ . - ("U.S.", "Rail's", "A-Level").
    private static void WordsOf(ReadOnlySpan<char> line, List<Range> into)
    {
        into.Clear();
        for (int k = 0; k < line.Length;)
        {
            if (!char.IsLetterOrDigit(line[k])) { k++; continue; }
            int start = k++;
            while (k < line.Length && (char.IsLetterOrDigit(line[k]) || line[k] is '&' or '\'' or '’' or '.' or '-')) k++;
            into.Add(start..k);
        }
    }

    // Capitalized words next to each other, joined by single spaces or by "of"/"for" before another capital
    // ("Office for National Statistics").
    private static int RunEnd(ReadOnlySpan<char> line, List<Range> words, int i)
    {
        int last = i;
        while (last + 1 < words.Count && SingleSpace(line, words[last], words[last + 1]) && !EndsName(line[words[last]]))
        {
            var next = line[words[last + 1]];
            if (char.IsUpper(next[0])) last++;
            else if (next is "of" or "for" && last + 2 < words.Count && char.IsUpper(line[words[last + 2]][0])
                && SingleSpace(line, words[last + 1], words[last + 2])) last += 2;
            else break;
        }
        return last;
    }

    // the name the words make, without a closing stop or possessive; empty for one with a digit or a unit's name
    private static ReadOnlySpan<char> NameSpan(ReadOnlySpan<char> line, List<Range> words, int first, int last)
    {
        var written = line[words[first].Start.Value..words[last].End.Value];
        var name = WithoutPossessive(written.TrimEnd(".-"));
        // "U.S." keeps the stop of its abbreviation
        if (name.Length + 1 == written.Length && written[^1] == '.' && name.Contains('.')) name = written;
        if (name.Length < 2 || name.ContainsAnyInRange('0', '9') || line[words[last]] is "of" or "for") return [];
        return first == last && (UnitReader.IsMeasureUnit(name) || UnitReader.IsCurrencyWord(name)) ? [] : name;
    }

    // "Britain." ends a sentence ("U.S." does not), "Britain's" a name
    private static bool EndsName(ReadOnlySpan<char> word) =>
        word[^1] == '.' && word.IndexOf('.') == word.Length - 1 || MetricReader.IsPossessive(word);

    private static bool IsNotName(ReadOnlySpan<char> word)
    {
        var bare = WithoutPossessive(word.TrimEnd('.'));
        // "EVs", "SMEs": plural abbreviations are nouns
        bool pluralAbbreviation = bare.Length > 2 && bare[^1] == 's' && IsAllCapitals(bare[..^1]);
        // ("Rs", "Ft", "SR": a currency's letters before its amounts)
        if (pluralAbbreviation || NotNames.Contains(bare) || UnitReader.AbbreviatedCurrency(bare) is not null) return true;
        // "January-June"
        foreach (var part in bare.Split('-'))
            if (Lexicon.Classify(bare[part]) != WordClass.None) return true;
        return false;
    }

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        MetricReader.IsPossessive(word) ? word[..^2] : word.EndsWith("'") || word.EndsWith("’") ? word[..^1] : word;

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    // a word at the line's start or after a space, not one glued to a ticker's colon ("NORV:OSL")
    private static bool AfterSpace(ReadOnlySpan<char> line, int at) => at == 0 || char.IsWhiteSpace(line[at - 1]);

    private static bool SingleSpace(ReadOnlySpan<char> line, Range a, Range b) => b.Start.Value == a.End.Value + 1 && line[a.End.Value] == ' ';

    // what stands before a word at the start of a sentence: the line's start, or an end mark or quote and spaces
    private static bool OpensSentence(ReadOnlySpan<char> line, int at)
    {
        int k = at - 1;
        while (k >= 0 && line[k] is ' ' or '"' or '“' or '‘' or '\'' or '(' or '-' or '–' or '—') k--;
        return k < 0 || line[k] is '.' or '!' or '?' or ':' or ';' or '|' or '•' || IsListMarker(line, k);
    }

    // "2) Murder has increased": a list item's number and bracket at the line's start
    private static bool IsListMarker(ReadOnlySpan<char> line, int bracket)
    {
        if (line[bracket] != ')' || bracket == 0) return false;
        foreach (char c in line[..bracket].TrimStart()) if (!char.IsAsciiDigit(c)) return false;
        return !line[..bracket].Trim().IsEmpty;
    }

    /// <summary>A piece's subject name, every name its text writes with a capital inside a sentence, and the other names
    /// it uses as often as a subject must be.</summary>
    public sealed class Subject(string name, HashSet<string> names, string[] others)
    {
        public string Name { get; } = name;
        public HashSet<string> Names { get; } = names;
        public string[] Others { get; } = others;

        /// <summary>The other names by their first word ("Fjordline": ["Fjordline", "Fjordline Group"]).</summary>
        public Dictionary<string, List<string>> OthersByFirstWord { get; } = others
            .GroupBy(o => o.Split(' ')[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        // what one extraction reuses from figure to figure: a word list, the last sentence judged
        internal List<Range> MetricWords { get; } = new(8);
        internal string? LastSentence { get; set; }
        internal bool LastNamesAnother { get; set; }
    }
}

using System.Diagnostics;

namespace NewsFigures;

/// <summary>
/// What the extractor remembers of one text while it reads it, for phrases that refer back: the metrics that came
/// from a clause's subject (the salient ones: "China's generative AI user base hit 515 million") with the subject's name
/// when it is one ("Saudi Aramco pumped 9 million barrels a day"), the sentence
/// before the current one when both are in the same paragraph ("... unveiled the Global AI Governance Action Plan.
/// This 13-point roadmap ..."), the sources credited so far ("the ministry added"), the latest name a sentence opened
/// with ("it said"), a quotation left open, the period and change a heading over a list names, and the latest month or
/// quarter the text spoke of ("a year ago" counts back from it).
/// </summary>
internal sealed class Discourse(string text)
{
    private readonly List<(string Metric, string? Unit, string? Name)> _subjectMetrics = [];
    private List<Token>? _tokens;
    private int _previousFirst = -1, _previousEnd = -1;

    public string Text { get; } = text;

    /// <summary>What the counts of the last sentence with figures counted ("person" after "385,490 people"), or null
    /// when that sentence stated no count; a later "This is down from 436,127" counts the same.</summary>
    public string? PreviousCountUnit { get; private set; }

    public void CountsRead(string? unit) => PreviousCountUnit = unit;

    public void RememberSubjectMetric(string metric, string? unit, string? name) => _subjectMetrics.Add((metric, unit, name));

    /// <summary>The metric of the latest figure read, whatever rule named it ("This is up from 38 percent" speaks of it).</summary>
    public string? LastFigureMetric { get; private set; }

    public void RememberFigureMetric(string metric) => LastFigureMetric = metric.Length > 0 ? metric : LastFigureMetric;

    /// <summary>The latest metric taken from a clause subject whose figure has this unit, or null.</summary>
    public string? LastSubjectMetric(string? unit)
    {
        for (int i = _subjectMetrics.Count - 1; i >= 0; i--)
            if (_subjectMetrics[i].Unit == unit) return _subjectMetrics[i].Metric;
        return null;
    }

    /// <summary>The latest subject that was a name ("Saudi Aramco"), or null.</summary>
    public string? LastSubjectName()
    {
        for (int i = _subjectMetrics.Count - 1; i >= 0; i--)
            if (_subjectMetrics[i].Name is { } name) return name;
        return null;
    }

    /// <summary>The latest metric taken from a clause subject, whatever its unit, or null.</summary>
    public string? LastSubjectMetric() => _subjectMetrics.Count > 0 ? _subjectMetrics[^1].Metric : null;

    private readonly List<string> _sources = [];
    private int _creditedFirst = -1;
    private string? _creditedSource;

    /// <summary>The source a sentence (starting at token <paramref name="sentenceFirst"/>) was credited to, or null.</summary>
    public void RememberSource(int sentenceFirst, string? source)
    {
        (_creditedFirst, _creditedSource) = (sentenceFirst, source);
        if (source is not null) _sources.Add(source);
    }

    /// <summary>The source credited last, or null.</summary>
    public string? LastSource => _sources.Count > 0 ? _sources[^1] : null;

    /// <summary>The latest source credited so far whose name holds the word ("ministry" in "Ministry of Industry ..."),
    /// or null.</summary>
    public string? LastSourceWith(string word)
    {
        for (int i = _sources.Count - 1; i >= 0; i--)
            foreach (var w in _sources[i].Split(' '))
                if (w.Equals(word, StringComparison.OrdinalIgnoreCase)) return _sources[i];
        return null;
    }

    /// <summary>The latest source credited so far that meets the test, or null.</summary>
    public string? LastSourceWhere(Func<string, bool> test)
    {
        for (int i = _sources.Count - 1; i >= 0; i--)
            if (test(_sources[i])) return _sources[i];
        return null;
    }

    private List<Range>? _sentences;

    /// <summary>A new paragraph's tokens and sentences: the sentence before is no longer at hand.</summary>
    public void StartParagraph(List<Token> tokens, List<Range> sentences)
    {
        Debug.Assert(_unnamed.Count == 0, "EndParagraph before the paragraph's tokens go");
        (_tokens, _sentences, _previousFirst, _previousEnd, _quoteStateFirst) = (tokens, sentences, -1, -1, -1);
    }

    /// <summary>The sentence just read. A heading that ends with a colon and names a period ("Key figures for 2016/17:")
    /// dates the verbless list items under it; the first sentence with a verb ends the list.</summary>
    public void SentenceRead(Range sentence, DateOnly? date)
    {
        bool firstOfParagraph = _previousFirst < 0;
        (_previousFirst, _previousEnd) = (sentence.Start.Value, sentence.End.Value);
        if (PreviousSentence() is not { } s) return;
        // a quotation goes on in the paragraph's next sentences, and in a next paragraph that opens with a quotation mark
        string? carried = OpenQuoteSource is { } open && (!firstOfParagraph || OpensWithQuote(s)) ? open : null;
        bool marks = HasQuoteMark(s); // most sentences quote no one: nothing more to read
        string? opener = marks ? OpensQuoteAfterSpeaker(s) : null;
        string? speaker = (_creditedFirst == s.First ? _creditedSource : null) ?? opener ?? carried;
        if (speaker is not null && Speakers.IsPronoun(speaker)) speaker = Speakers.Resolve(speaker, this); // "He said: “...
        bool quoting = StillQuoting(s, carried is not null);
        OpenQuoteSource = quoting ? speaker : null;
        // (a quotation opened after "said:" runs on through the paragraph's sentences without marks of their own)
        _quoteAfterColon = quoting && (opener is not null || carried is not null && _quoteAfterColon);
        _closedQuoteSpeaker = quoting || !marks ? null : SpeakerAfterClosedQuote(s);
        // a sentence with no figures credits no figure, but its speaker is who a later "it said" stands for
        if (_creditedFirst != s.First && Speakers.OfSentence(s) is { } said) _sources.Add(said);
        _creditedFirst = -1;
        _unnamed.Add((s.First, s.End));
        if (s.IsPunct(s.End - 1, ':'))
        {
            var times = new List<TimeExpression>();
            TimeExpressionReader.Read(s, date, times);
            _headingPeriod = times.FirstOrDefault(t => t.Role == TimeRole.Period).Period is { Length: > 0 } heading ? heading : null;
            _headingChange = ListHeading.ChangeNamed(s, s.First, s.End);
            _headingMeasure = ListHeading.Measure(s, s.End - 1);
        }
        else if (!IsListItem(s)) (_headingPeriod, _headingChange, _headingMeasure) = (null, 0, null);
    }

    private string? _headingPeriod;
    private int _headingChange;
    private string? _headingMeasure;

    /// <summary>The latest name that was a sentence's subject ("Merck" of "Germany's Merck beat expectations"), or null.</summary>
    public string? LastNamedSubject
    {
        get
        {
            SettleNamedSubject();
            return _lastNamedSubject;
        }
    }

    private string? _lastNamedSubject;

    // The sentences of this paragraph read since the last name was looked for. Few figures ask for the name, and only
    // the latest sentence that has one counts, so sentences are read back from the latest when one asks or before the
    // paragraph's tokens go, not each as it is read.
    private readonly List<(int First, int End)> _unnamed = [];

    private void SettleNamedSubject()
    {
        for (int i = _unnamed.Count - 1; i >= 0; i--)
        {
            if (Speakers.OpeningName(new SentenceTokens(Text, _tokens!, _unnamed[i].First, _unnamed[i].End)) is { } name)
            {
                _lastNamedSubject = name;
                break;
            }
        }
        _unnamed.Clear();
    }

    /// <summary>The paragraph read to its end: what its sentences are remembered by is taken before its tokens go.</summary>
    public void EndParagraph() => SettleNamedSubject();

    /// <summary>The speaker of the sentence just read when it left a quotation open ('Ana Ruiz said: "Ridership is back.'
    /// with no closing mark, as a quotation that runs on into the next paragraph is written), else null.</summary>
    public string? OpenQuoteSource { get; private set; }

    /// <summary>The speaker whose quotation sentence <paramref name="s"/> goes on with: one a sentence before it in the paragraph
    /// left open ('Laurie Boult said: "Coronavirus put a spotlight on older people. We've passed £8m."'), or one the paragraph
    /// before left open when s opens with a quotation mark; else null.</summary>
    public string? QuoteSourceFor(SentenceTokens s) =>
        OpenQuoteSource is not null && (_previousFirst >= 0 && _quoteAfterColon && !StillQuoting(s, openAtStart: true) || OpensWithQuote(s)) ? OpenQuoteSource
        // '"This record fall is excellent news," said Mike Penning. "But five people still die ..."': a quotation that follows
        // a credited one in the same paragraph
        : _previousFirst >= 0 && OpensWithQuote(s) ? _closedQuoteSpeaker : null;

    private bool _quoteAfterColon;
    private string? _closedQuoteSpeaker;

    // '"...," said road safety minister, Mike Penning.': the speaker named after the sentence's closing quotation mark, else null
    private string? SpeakerAfterClosedQuote(SentenceTokens s)
    {
        for (int k = s.First + 1; k + 1 < s.End; k++)
            if ((s.IsPunct(k, '”') || s.IsPunct(k, '"')) && s.IsPunct(k - 1, ','))
                return Speakers.AfterQuote(new SentenceTokens(Text, _tokens!, k + 1, s.End));
        return null;
    }

    private static bool HasQuoteMark(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++) if (s.IsPunct(k, '“') || s.IsPunct(k, '”') || s.IsPunct(k, '"')) return true;
        return false;
    }

    private static bool OpensWithQuote(SentenceTokens s) => s.IsPunct(s.First, '“') || s.IsPunct(s.First, '"');

    // "Laurie Boult, fundraising director at Age UK, said: “...": the speaker of a quotation the sentence opens after a
    // verb of saying and its colon, else null
    // ("Commenting on the release, Cormac Halpin said:": an opening participle's phrase is no part of the name)
    private static string? OpensQuoteAfterSpeaker(SentenceTokens s)
    {
        for (int k = s.First + 1; k + 2 < s.End; k++)
        {
            if (!s.IsLower(k) || !s.Has(k, WordClass.AttributionVerb) || !s.IsPunct(k + 1, ':') || !(s.IsPunct(k + 2, '“') || s.IsPunct(k + 2, '"')))
                continue;
            return (s.Span(s.First).EndsWith("ing") ? null : Speakers.SetOffBeforeVerb(s)) ?? Speakers.Read(s, k - 1, forward: false);
        }
        return null;
    }

    // whether a quotation is open at the sentence's end, given whether one was open at its start (a straight mark closes an
    // open quotation and opens a closed one)
    private static bool StillQuoting(SentenceTokens s, bool openAtStart)
    {
        int depth = openAtStart ? 1 : 0;
        for (int k = s.First; k < s.End; k++)
        {
            if (s.IsPunct(k, '“')) depth++;
            else if (s.IsPunct(k, '”')) depth = Math.Max(0, depth - 1);
            else if (s.IsPunct(k, '"')) depth = depth > 0 ? depth - 1 : depth + 1;
        }
        return depth > 0;
    }

    /// <summary>The speaker named after the quotation the sentence is in, opened by it or by an earlier sentence of the
    /// paragraph, where the paragraph closes it with a comma ('... 259.60," the official added.'), else null.</summary>
    public string? SpeakerClosingQuote(SentenceTokens s)
    {
        if (_tokens is null) return null;
        var paragraph = new SentenceTokens(Text, _tokens, 0, _tokens.Count);
        int from;
        bool curly;
        if (_quoteStateFirst != s.First) (_quoteStateFirst, _quoteState) = (s.First, OpenQuoteBefore(paragraph, s.First)); // once per sentence
        if (_quoteState is { } openCurly) (from, curly) = (s.First, openCurly);
        else if (s.IsPunct(s.First, '“') || s.IsPunct(s.First, '"')) (from, curly) = (s.First + 1, s.IsPunct(s.First, '“'));
        else return null;
        for (int k = from; k < paragraph.End; k++)
        {
            if (paragraph.IsPunct(k, '“')) return null; // another quotation opens before this one closes
            if (!(curly ? paragraph.IsPunct(k, '”') : paragraph.IsPunct(k, '"'))) continue;
            return paragraph.IsPunct(k - 1, ',') ? Speakers.AfterQuote(new SentenceTokens(Text, _tokens, k + 1, SentenceEnd(k + 1))) : null;
        }
        return null;
    }

    private int _quoteStateFirst = -1;
    private bool? _quoteState;

    // the end of the paragraph's sentence that holds token k
    private int SentenceEnd(int k)
    {
        foreach (var sentence in _sentences!)
            if (k < sentence.End.Value) return sentence.End.Value;
        return _tokens!.Count;
    }

    // whether the tokens from the span's first to `end` leave a quotation open: true for a curly mark, false for a straight
    // one, null for none
    private static bool? OpenQuoteBefore(SentenceTokens span, int end)
    {
        int open = 0, straight = 0;
        for (int k = span.First; k < end; k++)
        {
            if (span.IsPunct(k, '“')) open++;
            else if (span.IsPunct(k, '”')) open--;
            else if (span.IsPunct(k, '"')) straight++;
        }
        return open > 0 ? true : straight % 2 == 1 ? false : null;
    }

    /// <summary>The latest month, quarter or half of a year the text's sentences with figures have named as a figure's time
    /// so far ("2021-08" after "Exports decreased 1.2 percent in August"; the latest year until one is named), or null: what
    /// "a year ago", "a month ago" and "a year earlier" count back from in a later sentence that names no time of its own.</summary>
    public string? ReferencePeriod { get; private set; }

    /// <summary>The times of a sentence with figures, just read: a later month, quarter or half becomes the reference (a later
    /// year too, until a month, quarter or half is named).</summary>
    public void TimesRead(List<TimeExpression> times)
    {
        foreach (var t in times)
        {
            if (t.Role != TimeRole.Period || t.IsFuture) continue;
            if (TimeExpressionReader.EndMonth(t.Period) is > 0 and var end
                && (ReferencePeriod is null || IsYear(ReferencePeriod) || end > TimeExpressionReader.EndMonth(ReferencePeriod)))
                ReferencePeriod = t.Period;
            // "fell to 99.6 million tonnes in 2020 ... compared to 87.8 MT a year ago": a year, until a part of one is named
            else if (IsYear(t.Period) && (ReferencePeriod is null || IsYear(ReferencePeriod) && string.CompareOrdinal(t.Period, ReferencePeriod) > 0))
                ReferencePeriod = t.Period;
        }
    }

    private static bool IsYear(string period) => period.Length == 4 && period.All(char.IsAsciiDigit);

    /// <summary>The period of the heading the sentence is a list item under, or null.</summary>
    public string? HeadingPeriodFor(SentenceTokens s) => _headingPeriod is not null && IsListItem(s) ? _headingPeriod : null;

    /// <summary>The change the heading the sentence is a list item under names ("job losses:" -1, "gains:" +1), else 0.</summary>
    public int HeadingChangeFor(SentenceTokens s) => _headingChange != 0 && IsListItem(s) ? _headingChange : 0;

    /// <summary>What the heading the sentence is a list item under measures ("adult obesity rates"), else null.</summary>
    public string? HeadingMeasureFor(SentenceTokens s) => _headingMeasure is not null && IsListItem(s) ? _headingMeasure : null;

    private const int MaxListItemTokens = 24;

    // "Income £171.3 million (up 40.9%).", "Player sales £54.7 million": a short line with no verb
    private static bool IsListItem(SentenceTokens s)
    {
        if (s.End - s.First > MaxListItemTokens) return false;
        for (int k = s.First; k < s.End; k++)
        {
            if (!s.IsLower(k)) continue;
            if (s.Has(k, WordClass.Auxiliary | WordClass.CommonVerb | WordClass.AttributionVerb | WordClass.ReleaseVerb)) return false;
            var w = s.Span(k);
            if (w.Length > 4 && w.EndsWith("ed")) return false;
        }
        return true;
    }

    /// <summary>The sentence before the current one, in the same paragraph, or null.</summary>
    public SentenceTokens? PreviousSentence() =>
        _tokens is null || _previousFirst < 0 ? null : new SentenceTokens(Text, _tokens, _previousFirst, _previousEnd);
}

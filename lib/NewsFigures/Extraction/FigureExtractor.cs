namespace NewsFigures;

/// <summary>
/// Finds every stated quantity in a text, in one pass over its tokens, and says what each one measures,
/// when, according to whom, and where it is (offsets into the given string).
/// </summary>
/// <example><code>
/// var figures = new FigureExtractor().Extract(text, new ExtractionContext(new DateOnly(2025, 11, 25)));
/// </code></example>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed class FigureExtractor
{
    private const WordClass NumberStarts = WordClass.Cardinal | WordClass.Scale | WordClass.Fraction | WordClass.Multiplier;

    public override string ToString() => "figure extractor: value, unit, qualifier, kind, metric, period and attribution of each stated quantity";

    public IReadOnlyList<Figure> Extract(string text, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var figures = new List<Figure>();
        var tokens = new List<Token>(512); // a long paragraph: grown once at most, not from four
        var sentences = new List<Range>();
        var candidates = new List<Candidate>();
        var times = new List<TimeExpression>();
        var discourse = new Discourse(text);
        // Paragraphs that end a sentence are read one at a time, so buffers stay the size of a paragraph.
        for (int start = 0, end; start < text.Length; start = end)
        {
            end = ChunkEnd(text, start);
            tokens.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(text, start, end, tokens);
            SentenceSplitter.Split(text, tokens, sentences);
            discourse.StartParagraph(tokens);
            ExtractSentences(text, context, tokens, sentences, candidates, times, discourse, figures);
        }
        return figures;
    }

    // The end of the paragraph after start whose last sentence is complete: terminal punctuation, then a break
    // before a line that does not continue in lower case.
    private static int ChunkEnd(string text, int start)
    {
        for (int at = text.IndexOf("\n\n", start, StringComparison.Ordinal); at >= 0; at = text.IndexOf("\n\n", at + 2, StringComparison.Ordinal))
        {
            int before = at - 1, after = at + 2;
            while (before >= start && char.IsWhiteSpace(text[before])) before--;
            while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
            if (after >= text.Length) return text.Length;
            if (before >= start && text[before] is '.' or '!' or '?' or '"' or '”' or ')' && !char.IsLower(text[after])) return after;
        }
        return text.Length;
    }

    private static void ExtractSentences(string text, ExtractionContext context, List<Token> tokens, List<Range> sentences,
        List<Candidate> candidates, List<TimeExpression> times, Discourse discourse, List<Figure> figures)
    {
        foreach (var range in sentences)
        {
            ExtractSentence(text, context, tokens, range, candidates, times, discourse, figures);
            discourse.SentenceRead(range);
        }
    }

    private static void ExtractSentence(string text, ExtractionContext context, List<Token> tokens, Range range,
        List<Candidate> candidates, List<TimeExpression> times, Discourse discourse, List<Figure> figures)
    {
        int first = range.Start.Value, end = range.End.Value;
        if (!MayHoldNumber(tokens, first, end)) return;
        var s = new SentenceTokens(text, tokens, first, end);
        candidates.Clear();
        FindCandidates(s, candidates);
        if (candidates.Count == 0) return;
        times.Clear();
        TimeExpressionReader.Read(s, context.ArticleDate, times);
        Describe(s, candidates, times, discourse, figures);
    }

    private static bool IsConversion(SentenceTokens s, Candidate before, Candidate c) =>
        before.Unit.Class == UnitClass.Currency && c.Unit.Class == UnitClass.Currency
        && s.IsPunct(c.TextFirst - 1, '(') && c.TextFirst - 2 == before.TextLast;

    private static bool MayHoldNumber(List<Token> tokens, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Digits || (t.Class & NumberStarts) != 0) return true;
        }
        return false;
    }

    private static void FindCandidates(SentenceTokens s, List<Candidate> into)
    {
        for (int k = s.First; k < s.End; k++)
        {
            var t = s[k];
            if (t.Kind != TokenKind.Digits && (t.Class & NumberStarts) == 0 && !s.Is(k, "a") && !s.Is(k, "an")) continue;
            if (NumberReader.Read(s, k) is not { } number || NonFigureRules.IsNotAFigure(s, number)) continue;
            var candidate = RankReader.TopOf(s, number) is { } top ? Ranked(s, number, top) : Stated(s, number);
            into.Add(candidate);
            k = candidate.TextLast;
        }
    }

    private static Candidate Stated(SentenceTokens s, NumberPhrase number)
    {
        var unit = UnitReader.Read(s, number);
        var qualifier = QualifierReader.Read(s, unit.SpanFirst);
        int extentLast = unit.Class == UnitClass.Compound ? unit.NounHead
            : unit.NounFirst > number.Last ? Math.Max(unit.SpanLast, unit.NounEnd - 1) : unit.SpanLast;
        return new Candidate(number, unit, qualifier?.Qualifier, qualifier?.First ?? unit.SpanFirst, unit.SpanLast, extentLast, isRank: false);
    }

    // "12 of the world's top 15 open-source AI models": one figure, N, counting the noun after M.
    private static Candidate Ranked(SentenceTokens s, NumberPhrase number, NumberPhrase top)
    {
        var unit = UnitReader.Read(s, top) with { SpanFirst = number.First };
        var qualifier = QualifierReader.Read(s, number.First);
        return new Candidate(number, unit, qualifier?.Qualifier, qualifier?.First ?? number.First, top.Last,
            Math.Max(top.Last, unit.NounEnd - 1), isRank: true);
    }

    private static void Describe(SentenceTokens s, List<Candidate> candidates, List<TimeExpression> times, Discourse discourse, List<Figure> into)
    {
        for (int f = 0; f < candidates.Count; f++) BareNumberUnit.Infer(s, candidates, f);
        PeriodAssigner.Assign(s, candidates, times);
        string? source = AttributionReader.Read(s);
        string sentence = s.Normalized();
        for (int f = 0; f < candidates.Count; f++)
        {
            var c = candidates[f];
            KindClassifier.Classify(s, c);
            MetricReader.Read(s, candidates, f, times, discourse);
            // "650 billion yuan ($89.5 billion)": a converted amount states the same thing as the amount before it.
            if (f > 0 && IsConversion(s, candidates[f - 1], c)) (c.Kind, c.Metric) = (candidates[f - 1].Kind, candidates[f - 1].Metric);
            else if (c.MetricFromSubject) discourse.RememberSubjectMetric(c.Metric, c.Unit.Unit, c.SubjectName);
            int start = s[c.TextFirst].Start, end = s[c.TextLast].End;
            into.Add(new Figure(c.Value, c.Unit.Unit, c.Qualifier, c.Kind, c.Metric, c.Period, source, sentence,
                s.Text.Substring(start, end - start), start, end));
        }
    }
}

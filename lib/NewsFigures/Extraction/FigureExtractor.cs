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
    /// <summary>Word classes a number written in words can start with ("two", "million", "half", "doubled", "twice").</summary>
    internal const WordClass NumberStarts = WordClass.Cardinal | WordClass.Scale | WordClass.Fraction | WordClass.Multiplier | WordClass.MultipleWord;

    private readonly ExtractionPipeline pipeline;

    public FigureExtractor() : this(ExtractionPipeline.Default) { }

    internal FigureExtractor(ExtractionPipeline pipeline) => this.pipeline = pipeline;

    public override string ToString() => "figure extractor: value, unit, qualifier, kind, metric, period and attribution of each stated quantity";

    public IReadOnlyList<Figure> Extract(string text, ExtractionContext context) => Extract(text, context, pieceSubject: null);

    /// <summary>The figures of a text that is one part of a piece (its headline, body or a caption): when the part names no
    /// subject of its own, <paramref name="pieceSubject"/> gives the whole piece's (read once per piece by the caller), so
    /// that a body naming its subject only in the headline, and a caption, keep it.</summary>
    internal IReadOnlyList<Figure> Extract(string text, ExtractionContext context, Func<PieceSubject.Subject?>? pieceSubject)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var figures = new List<Figure>();
        var tokens = new List<Token>(512); // a long paragraph: grown once at most, not from four
        var sentences = new List<Range>();
        var drafts = new List<FigureDraft>();
        var times = new List<TimeExpression>();
        var discourse = new Discourse(text);
        if (!context.ReportsFiscalYear && FiscalYear.IsReportedIn(text)) context = context with { ReportsFiscalYear = true };
        // Paragraphs that end a sentence are read one at a time, so buffers stay the size of a paragraph.
        for (int start = 0, end; start < text.Length; start = end)
        {
            end = ChunkEnd(text, start);
            tokens.Clear();
            sentences.Clear();
            Tokenizer.Tokenize(text, start, end, tokens);
            SentenceSplitter.Split(text, tokens, sentences);
            discourse.StartParagraph(tokens, sentences);
            ExtractSentences(text, context, tokens, sentences, drafts, times, discourse, figures);
            discourse.EndParagraph();
        }
        // "$427 million" in a text about an Australian insurer is Australian dollars, "¥283,868" in one about Japan yen
        LocalCurrency.Apply(figures, text);
        // "2.76 million tons" beside "232,423 metric tons": the text's ton is the metric one
        TextTonnes.Apply(figures, text);
        // "Revenues rose 7%" in a piece about Merck: Merck revenues
        if (figures.Count > 0 && (PieceSubject.Of(text) ?? pieceSubject?.Invoke()) is { } subject)
            for (int i = 0; i < figures.Count; i++) figures[i] = PieceSubject.Apply(figures[i], subject);
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

    private void ExtractSentences(string text, ExtractionContext context, List<Token> tokens, List<Range> sentences,
        List<FigureDraft> drafts, List<TimeExpression> times, Discourse discourse, List<Figure> figures)
    {
        foreach (var range in sentences)
        {
            ExtractSentence(text, context, tokens, range, drafts, times, discourse, figures);
            discourse.SentenceRead(range, context.ArticleDate);
        }
    }

    private void ExtractSentence(string text, ExtractionContext context, List<Token> tokens, Range range,
        List<FigureDraft> drafts, List<TimeExpression> times, Discourse discourse, List<Figure> figures)
    {
        int first = range.Start.Value, end = range.End.Value;
        if (!MayHoldNumber(tokens, first, end)) return;
        var s = new SentenceTokens(text, tokens, first, end);
        drafts.Clear();
        FindNumbers(s, drafts);
        if (drafts.Count == 0) return;
        times.Clear();
        TimeExpressionReader.Read(s, context.ArticleDate, times, context.ReportsFiscalYear, discourse.ReferencePeriod);
        discourse.TimesRead(times);
        pipeline.Describe(new SentenceReading(s, times, drafts) { HeadingPeriod = discourse.HeadingPeriodFor(s), HeadingChange = discourse.HeadingChangeFor(s),
            HeadingMeasure = discourse.HeadingMeasureFor(s), Discourse = discourse }, drafts, discourse, figures);
    }

    private static bool MayHoldNumber(List<Token> tokens, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Digits || (t.Class & NumberStarts) != 0) return true;
        }
        return false;
    }

    private static void FindNumbers(SentenceTokens s, List<FigureDraft> into)
    {
        for (int k = s.First; k < s.End; k++)
        {
            var t = s[k];
            if (t.Kind != TokenKind.Digits && (t.Class & NumberStarts) == 0 && !s.Is(k, "a") && !s.Is(k, "an")) continue;
            if (NumberReader.Read(s, k) is not { } number) continue;
            if (NonFigureRules.IsNotAFigure(s, number))
            {
                // "45 per 100 000 people": a denominator is passed whole, not read again from its second group
                if (NonFigureRules.IsRateDenominator(s, number)) k = number.Last;
                continue;
            }
            var found = RankReader.TopOf(s, number) is { } top ? Ranked(s, number, top) : Stated(s, number);
            into.Add(found);
            k = found.TextLast;
        }
    }

    // "95 cents" is 0.95, not 95 * 0.01 = 0.9500000000000001: a hundredth divides by a hundred
    private static double Scaled(double value, double factor)
    {
        double divisor = Math.Round(1 / factor);
        return factor < 1 && Math.Abs(divisor * factor - 1) < 1e-12 ? NumberReader.Significant(value / divisor) : NumberReader.Scaled(value, factor);
    }

    private static FigureDraft Stated(SentenceTokens s, NumberPhrase number)
    {
        var unit = UnitReader.Read(s, number);
        if (unit.Factor != 1) number = number with { Value = Scaled(number.Value, unit.Factor) };
        var qualifier = QualifierReader.Read(s, unit.SpanFirst) ?? QualifierReader.Trailing(s, number);
        int extentLast = unit.Class == UnitClass.Compound ? unit.NounHead
            : unit.NounFirst > number.Last ? Math.Max(unit.SpanLast, unit.NounEnd - 1) : unit.SpanLast;
        return new FigureDraft(number, unit, qualifier?.Qualifier, qualifier?.First ?? unit.SpanFirst, unit.SpanLast, extentLast, IsRank: false);
    }

    // "12 of the world's top 15 open-source AI models": one figure, N, counting the noun after M.
    private static FigureDraft Ranked(SentenceTokens s, NumberPhrase number, NumberPhrase top)
    {
        var unit = UnitReader.Read(s, top) with { SpanFirst = number.First };
        var qualifier = QualifierReader.Read(s, number.First);
        return new FigureDraft(number, unit, qualifier?.Qualifier, qualifier?.First ?? number.First, top.Last,
            Math.Max(top.Last, unit.NounEnd - 1), IsRank: true);
    }
}

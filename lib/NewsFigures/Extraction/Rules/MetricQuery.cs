namespace NewsFigures;

/// <summary>
/// One figure put to the metric rules: the sentence, the figure with its subject, where it stands in its clause, what its
/// subject refers to in earlier sentences, and the phrases several rules share (read once, when first asked for).
/// </summary>
internal sealed class MetricQuery
{
    private CountPhrase? count;
    private string? amountSubject;

    public MetricQuery(SentenceReading sentence, List<FigureDraft> figures, int index, FigureKind kind, Discourse discourse)
    {
        Sentence = sentence;
        Figures = figures;
        Index = index;
        Kind = kind;
        Discourse = discourse;
        C = figures[index];
        At = new MetricReader.Place(S, C, sentence.ClauseOf(index));
        Subject = MetricReader.SubjectOf(S, figures, index, At);
        ReferredTo = C.BorrowedUnit || !At.SubjectIsPronoun ? null
            : index > 0 ? figures[index - 1].Metric
            // "This is up from ...": what the text has just measured
            : At.RefersBack ? discourse.LastFigureMetric
            // "It was followed by Harmony Gold, which fell 5.09%": the name "which" follows
            : NameBeforeRelative(S, C.TextFirst);
        Referent = !C.BorrowedUnit && Subject is { } sj ? Anaphora.Resolve(S, sj, C.Unit.Unit, counts: C.Unit.HasNoun, discourse) : null;
    }

    // The capitalized name right before ", which" that opens the figure's clause, or null.
    private static string? NameBeforeRelative(SentenceTokens s, int figure)
    {
        int which = figure - 1;
        while (which > s.First && figure - which <= 3 && !s.Is(which, "which")) which--;
        if (!s.Is(which, "which") || !s.IsPunct(which - 1, ',')) return null;
        int last = which - 2, first = last;
        while (first - 1 > s.First && last - first < 4 && s.IsCapitalized(first - 1)) first--;
        return s.IsCapitalized(last) && first > s.First ? s.Join(first, last + 1) : null;
    }

    public SentenceReading Sentence { get; }
    public SentenceTokens S => Sentence.Tokens;
    public IReadOnlyList<TimeExpression> Times => Sentence.DatedTimes;
    /// <summary>The sentence's figures: those before <see cref="Index"/> fully decided.</summary>
    public List<FigureDraft> Figures { get; }
    public int Index { get; }
    public Discourse Discourse { get; }
    /// <summary>The figure, with its unit and period decided.</summary>
    public FigureDraft C { get; }
    /// <summary>The figure's kind, decided just before its metric.</summary>
    public FigureKind Kind { get; }
    /// <summary>The subject the metric may name (<see cref="MetricReader.SubjectOf"/>).</summary>
    public (int First, int End)? Subject { get; }
    public MetricReader.Place At { get; }
    /// <summary>The metric of the figure before, when this figure's subject is a pronoun ("which", "it").</summary>
    public string? ReferredTo { get; }
    /// <summary>What "the sector", "the company" or "This roadmap" as subject stands for.</summary>
    public Referent? Referent { get; }
    public FigureDraft? Before => Index > 0 ? Figures[Index - 1] : null;

    /// <summary>A count's noun phrase with what qualifies it (only for figures with a counted noun).</summary>
    public CountPhrase Count => count ??= CountPhrase.Of(this);

    /// <summary>What an amount names first: the referent or the subject, else "".</summary>
    public string AmountSubject => amountSubject ??= Referent?.Text ?? (Subject is { } sb ? MetricReader.Joined(Owner(), SubjectText(sb)) : PronounReferent() ?? "");

    // "They jumped 170%": a sentence that opens with "They" or "It" as the figure's subject speaks of the sentence before's subject
    private string? PronounReferent() =>
        !At.SubjectIsPronoun || At.RefersBack || ReferredTo is not null ? null
        : At.ClauseStart == S.First ? Anaphora.OpeningPronoun(S, Discourse) ?? Anaphora.PronounAfterOpeningPhrase(S, S.First, C.TextFirst, Discourse)
        // "For May to July, it rose": the clause after an opening phrase
        // (or after an opening phrase and its aside: "In February 2020, the last full month before the pandemic, it stood at")
        : S.IsPunct(At.ClauseStart - 1, ',') && (Clauses.Start(S, At.ClauseStart - 2) == S.First || !MetricReader.HasVerbBetween(S, S.First, At.ClauseStart))
            ? Anaphora.PronounAfterOpeningPhrase(S, S.First, C.TextFirst, Discourse)
        // "... while in the East of England they fell 0.7 per cent"
        : Anaphora.PronounAfterOpeningPhrase(S, At.ClauseStart, C.TextFirst, Discourse);

    // "Merck reiterated its expectations for operating profit to rise": one capitalized word opening the sentence owns the
    // nearer subject when the text writes it capitalized inside a sentence too (a name, not "Coal")
    private string Owner() =>
        At.SubjectOwner.Length == 0 && Subject is { } sb && WhoseName(sb.First) is { } whose ? whose
        : At.SubjectOwner.Length == 0 && At.MainSubject is { } main && main.End == main.First + 1 && S.IsCapitalized(main.First)
        && !S.Has(main.First, WordClass.Determiner | WordClass.Pronoun) && Anaphora.IsNameInText(Discourse.Text, S.Span(main.First))
            ? S.Span(main.First).ToString()
            : At.SubjectOwner;

    // "discounter Aldi, whose sales rise of 27.3 per cent": the capitalized name before "whose" owns the subject after it
    private string? WhoseName(int subjectFirst)
    {
        int whose = subjectFirst - 1;
        if (!S.Is(whose, "whose")) return null;
        int last = S.IsPunct(whose - 1, ',') ? whose - 2 : whose - 1, first = last;
        while (first - 1 >= S.First && last - first < 4 && S.IsCapitalized(first - 1) && !S.Has(first - 1, WordClass.Determiner)) first--;
        return S.IsCapitalized(last) && !S.Has(first, WordClass.Determiner | WordClass.Pronoun) ? S.Join(first, last + 1) : null;
    }

    // "Throughput grew ...": a bare noun opening the sentence names the fuller phrase the text gave it before.
    private string? Fuller((int First, int End) sb) =>
        sb.End == sb.First + 1 && sb.First == S.First && S.IsCapitalized(sb.First) && !S.Has(sb.First, WordClass.Pronoun | WordClass.Determiner)
            ? Anaphora.FullerNounPhrase(Discourse.Text, S[S.First].Start, S.Span(sb.First))
            : null;

    // "the number of AI enterprises in China exceeded 6,000": the enterprises are what is measured.
    private string SubjectText((int First, int End) sb)
    {
        int k = S.Has(sb.First, WordClass.Determiner) ? sb.First + 1 : sb.First;
        if (Fuller(sb) is { } fuller) return fuller;
        if (Anaphora.OwnerReferent(S, sb, Discourse) is { } owner) return $"{MetricReader.Possessive(owner)} {S.Join(sb.First + 2, sb.End)}";
        // "the total number of students": the counted things ("total" and "overall" add nothing to a count)
        if ((S.Is(k, "total") || S.Is(k, "overall")) && S.Is(k + 1, "number")) k++;
        return S.Is(k, "number") && S.Is(k + 1, "of") && k + 2 < sb.End ? S.Join(k + 2, sb.End) : S.Join(sb.First, sb.End);
    }
}

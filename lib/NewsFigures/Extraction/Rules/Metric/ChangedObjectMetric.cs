namespace NewsFigures;

/// <summary>"The central bank raised its benchmark Selic rate by 50 basis points": the subject's benchmark Selic rate (a change
/// names its subject and what the verb changed, "by" or not: "raised the benchmark interest rate 0.75 percentage point");
/// "on the back of attendances rising 12.4%": the noun a preposition governs before an -ing verb of change; "robbery by 1
/// per cent and personal theft by 5 per cent", "Bergen had a rise of 8.7%, Trondheim 5.4% and Stavanger 4.8%": each item
/// that shares the earlier verb.</summary>
internal sealed class ChangedObjectMetric : IMetricRule
{
    public string Name => "metric.changed-object";

    public MetricProposal? Propose(MetricQuery x)
    {
        // "increases ranging from 14% in the Midwest to 60% in Texas": what each end measures is said after it
        if (x.Kind != FigureKind.Change || KindCues.RangesOverChanges(x.S, x.C.TextFirst - 1)) return null;
        if ((RisingAfterPreposition(x.S, x.C) ?? CausedToChange(x.S, x.C)) is { } rising) return MetricProposal.Phrase(x.S.Join(rising.First, rising.End));
        if ((GappedItem(x.S, x.C) ?? GappedName(x.S, x.C) ?? GappedNounPhrase(x)) is { } gapped) return MetricProposal.Phrase(x.S.Join(gapped.First, gapped.End));
        if (MetricReader.ChangedObject(x.S, x.C, x.At) is { } changed)
            return MetricProposal.Phrase($"{x.AmountSubject} {x.S.Join(changed.First, changed.End)}", x.AmountSubject.Length > 0);
        // "expected cargo volume growth of 5%": the noun of change that owns the figure names it (metric.amount-of-owner)
        if (MetricReader.Owner(x.S, x.C.TextFirst) is { } owner && (Clauses.IsChangeNoun(x.S, owner.End - 1) || x.S.Is(owner.End, "between"))) return null;
        return MetricProposal.Phrase(x.AmountSubject, x.AmountSubject.Length > 0);
    }

    // "on the back of attendances rising 12.4%", "amid prices falling by 3%": a noun phrase that a preposition governs and
    // an -ing verb of change follows is what changed, not the clause's subject.
    private static (int First, int End)? RisingAfterPreposition(SentenceTokens s, FigureDraft c)
    {
        int verb = KindCues.ParticipleBefore(s, c.TextFirst);
        if (!KindCues.IsChangingParticiple(s, verb)) return null;
        int first = NounsBefore(s, verb, WordClass.Stopword);
        return first < verb && s.Has(first - 1, WordClass.Preposition) && !s.Is(first - 1, "to") ? (first, verb) : null;
    }

    // "demand has helped the capesize segment to gain nearly 40%", "the strike caused output to fall 12%": the object of a verb
    // that makes something change, before the bare verb of change (and its "to"), is what changed, not the cause
    private static (int First, int End)? CausedToChange(SentenceTokens s, FigureDraft c)
    {
        const int MaxObjectTokens = 6;
        int verb = s.Is(c.TextFirst - 1, "by") ? c.TextFirst - 2 : c.TextFirst - 1;
        if (!s.IsLower(verb) || !s.Has(verb, WordClass.ChangeUp | WordClass.ChangeDown) || s.Span(verb).EndsWith("ed") || s.Span(verb).EndsWith("ing")
            || s.Span(verb).EndsWith("s")) return null;
        int end = s.Is(verb - 1, "to") ? verb - 1 : verb, first = end;
        while (first - 1 > s.First && end - first < MaxObjectTokens && s.IsWord(first - 1) && !IsCausative(s, first - 1)
               && !s.Has(first - 1, WordClass.Preposition | WordClass.ClauseWord | WordClass.Conjunction | WordClass.Auxiliary) && !Clauses.IsVerbLike(s, first - 1))
            first--;
        if (!IsCausative(s, first - 1)) return null;
        while (first < end && s.Has(first, WordClass.Determiner)) first++;
        return first < end ? (first, end) : null;
    }

    private static bool IsCausative(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "helped" or "help" or "helps" or "helping" or "caused" or "causes" or "cause" or "causing" or "allowed" or "allows"
            or "enabled" or "enables" or "pushed" or "pushes" or "forced" or "forces" or "prompted" or "prompts" or "led" or "leads" or "drove" or "drives";

    // "Burglary rose by 3 per cent, robbery by 1 per cent and personal theft by 5 per cent": after a comma or "and", a noun
    // phrase and "by" with no verb of their own are the next item of the verb before, what changed
    private static (int First, int End)? GappedItem(SentenceTokens s, FigureDraft c)
    {
        int by = c.TextFirst - 1;
        if (!s.Is(by, "by")) return null;
        int first = NounsBefore(s, by, WordClass.ChangeUp | WordClass.ChangeDown);
        bool afterItem = s.Is(first - 1, "and") || s.IsPunct(first - 1, ',');
        return first < by && afterItem && HasEarlierChangeBy(s, first - 1) ? (first, by) : null;
    }

    // "while Bergen had a rise of 8.7%, Trondheim 5.4% and Stavanger 4.8%": after a comma or "and", a name right before the
    // figure, with no verb of its own, is the next item of the change before
    private static (int First, int End)? GappedName(SentenceTokens s, FigureDraft c)
    {
        int end = c.TextFirst, first = end;
        while (first - 1 > s.First && end - first < 4 && s.IsCapitalized(first - 1) && !s.Has(first - 1, WordClass.Determiner | WordClass.Pronoun)) first--;
        if (first == end || !(s.Is(first - 1, "and") || s.IsPunct(first - 1, ','))) return null;
        int previous = first - 2; // the figure of the item before
        return s.IsPunct(previous, '%') || s.IsDigits(previous) ? (first, end) : null;
    }

    // "The index for energy has risen 6.1 percent and the food index 4.4 percent": after "and" (or a comma), an article and
    // nouns right before the figure, with no verb of their own, are the next item of the change before
    private static (int First, int End)? GappedNounPhrase(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (x.Before is not { Kind: FigureKind.Change } before || before.Unit.Class != c.Unit.Class) return null;
        int first = NounsBefore(s, c.TextFirst, WordClass.ChangeUp | WordClass.ChangeDown);
        if (first == c.TextFirst || !s.Has(first - 1, WordClass.Determiner) || !s.IsLower(first - 1)) return null;
        int link = first - 2;
        return (s.Is(link, "and") || s.IsPunct(link, ',')) && link > before.TextLast ? (first, c.TextFirst) : null;
    }

    // The first of up to four lower-case words before end that are no verb, function word or word of the classes also
    // given: "attendances" of "attendances rising", "personal theft" of "personal theft by".
    private static int NounsBefore(SentenceTokens s, int end, WordClass alsoStop)
    {
        const WordClass functionWords = WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.Pronoun
            | WordClass.Auxiliary | WordClass.ClauseWord;
        int first = end;
        while (first - 1 >= s.First && end - first < 4 && s.IsLower(first - 1) && !Clauses.IsVerbLike(s, first - 1)
               && !s.Has(first - 1, functionWords | alsoStop))
            first--;
        return first;
    }

    // a verb of change before, whose "by" brought an earlier figure ("rose by 3 per cent, ...")
    private static bool HasEarlierChangeBy(SentenceTokens s, int before)
    {
        for (int k = before - 1; k > s.First; k--)
            if (s.Is(k, "by") && s.Has(k - 1, WordClass.ChangeUp | WordClass.ChangeDown) && Clauses.IsVerbLike(s, k - 1)) return true;
        return false;
    }
}

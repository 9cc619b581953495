namespace NewsFigures;

/// <summary>
/// What a heading over a list says of its items ("Adult obesity rates were highest in the following states:", "These
/// sectors recorded job losses:"): the change it names and the measure it gives them. <see cref="Discourse"/> reads a
/// heading that ends a sentence for the lines under it; kind.list-heading and metric.list-item read one that runs on in
/// its own sentence after a colon ("... in these sectors: • Trade: 92,000").
/// </summary>
internal static class ListHeading
{
    /// <summary>The sentence's first colon before token <paramref name="before"/>, or -1.</summary>
    public static int ColonBefore(SentenceTokens s, int before)
    {
        for (int k = s.First; k < before; k++) if (s.IsPunct(k, ':')) return k;
        return -1;
    }

    /// <summary>"These sectors recorded job losses:", "Biggest gains by region:": the last word of change in a heading
    /// (tokens [first, end)), +1 or -1, else 0.</summary>
    public static int ChangeNamed(SentenceTokens s, int first, int end)
    {
        for (int k = end - 1; k >= first; k--)
        {
            if (s.Has(k, WordClass.ChangeDown) || s.Is(k, "losses") || s.Is(k, "falls") || s.Is(k, "drops")) return -1;
            if (s.Has(k, WordClass.ChangeUp) || s.Is(k, "increases")) return 1;
        }
        return 0;
    }

    /// <summary>"Job increases were recorded in the following sectors: • Trade: 92,000": what the heading before the sentence's
    /// first colon (before the label at <paramref name="labelFirst"/>) says its list measures, or null when no colon comes
    /// before the label.</summary>
    public static string? MeasureInSentence(SentenceTokens s, int labelFirst) =>
        ColonBefore(s, labelFirst) is >= 0 and var colon ? Measure(s, colon) : null;

    /// <summary>What a heading ending at <paramref name="end"/> says its list measures: the subject of its (reported) clause,
    /// "adult obesity rates" of "The report ... found adult obesity rates were highest in the following 15 states", or null.</summary>
    public static string? Measure(SentenceTokens s, int end)
    {
        // "— found adult obesity rates were ...": a reporting verb may open the clause itself
        int clause = Clauses.Start(s, end - 1), start = Math.Max(clause, MetricReader.ReportedClauseStart(s, clause - 1, end));
        // "These sectors recorded job losses:": the items are the sectors, and what the verb records is their measure
        if ((s.Is(clause, "these") || s.Is(clause, "the") && s.Is(clause + 1, "following")) && ObjectOfHeading(s, clause, end) is { } recorded) return recorded;
        if (Clauses.Subject(s, start, end) is not { } subject || subject.End >= end || s.Has(subject.First, WordClass.Pronoun)) return null;
        // "Job gains were recorded": a plural noun of change before the auxiliary is the subject's head, not its verb
        if (s.Has(subject.End, WordClass.ChangeUp | WordClass.ChangeDown) && s.Span(subject.End).EndsWith("s") && s.Has(subject.End + 1, WordClass.Auxiliary))
            subject = (subject.First, subject.End + 1);
        return MetricReader.HasVerbBetween(s, subject.End, end) ? MetricReader.LowerArticle(s, subject) : null;
    }

    // the plain noun phrase after the heading's first verb, up to its colon, or null
    private static string? ObjectOfHeading(SentenceTokens s, int start, int end)
    {
        // ("recorded job losses": a past form before its object reads as an adjective to the clause reader)
        int verb = start + 1;
        while (verb < end && !Clauses.IsVerbLike(s, verb) && !(s.IsLower(verb) && s.Span(verb).EndsWith("ed"))) verb++;
        int first = verb + 1;
        if (first >= end) return null;
        for (int k = first; k < end; k++)
            if (!s.IsWord(k) || !s.IsLower(k) || s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord)) return null;
        return s.Join(first, end);
    }
}

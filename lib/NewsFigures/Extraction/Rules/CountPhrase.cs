namespace NewsFigures;

/// <summary>
/// A count's counted noun and the complement that qualifies it ("regular universities" + "that have registered ...
/// programs"), and whether that says too little alone (fewer than three content words: "users", "pillars").
/// </summary>
internal sealed record CountPhrase(string Noun, string Qualifiers, int ComplementEnd, bool Thin)
{
    public string Phrase => MetricReader.Joined(Noun, Qualifiers);

    public static CountPhrase Of(MetricQuery x)
    {
        var (s, c, at) = (x.S, x.C, x.At);
        // "from fitness coaching apps with 4.73 million monthly users to legal assistants": "to" ends the range, not the phrase.
        bool rangeEnd = s.Is(c.Unit.NounEnd, "to") && MetricReader.HasWord(s, at.ClauseStart, c.TextFirst, "from");
        var complement = c.Unit.NounFirst > c.TextLast && !rangeEnd ? MetricReader.Complement(x, c.Unit.NounEnd, at.ClauseEnd) : (Start: c.Unit.NounEnd, End: c.Unit.NounEnd);
        // "there were 937 trains cancelled across the network": a participle with its phrase qualifies the noun like a relative
        // clause (a count that opens its clause has its verb there instead: "5,000 workers joined the strike")
        if (complement.End == complement.Start && c.Unit.NounFirst > c.TextLast && !rangeEnd && !at.SubjectPosition
            && MetricReader.IsPastParticiple(s, c.Unit.NounEnd) && !s.Is(c.Unit.NounEnd, "compared") && s.Has(c.Unit.NounEnd + 1, WordClass.Preposition)
            && MetricReader.Complement(x, c.Unit.NounEnd + 1, at.ClauseEnd) is { } reduced && reduced.End > reduced.Start)
            complement = (c.Unit.NounEnd, reduced.End);
        string noun = s.Join(c.Unit.NounFirst, c.Unit.NounEnd), qualifiers = MetricReader.JoinCompact(s, complement.Start, complement.End);
        bool thin = Clauses.ContentWords(s, c.Unit.NounFirst, complement.End) < MetricReader.ThinPhrase;
        return new CountPhrase(noun, qualifiers, complement.End, thin);
    }
}

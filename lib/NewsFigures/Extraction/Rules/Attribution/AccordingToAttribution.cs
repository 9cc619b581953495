namespace NewsFigures;

/// <summary>"Exports rose 8 percent, according to the customs administration", "according to 2025 data from WIPO": the name
/// after "according to" (or after the data's "from"), when it is the sentence's first source cue; no name there means no
/// source. A cue that follows its figures does not reach a phrase after it ("Fares fell to $3, according to the transit
/// agency, a drop from a historic $5": the $5 is the reporter's); one set off after the subject, before its verb, does
/// ("Analysts, according to Thomson Reuters, had predicted earnings of $10.37").</summary>
internal sealed class AccordingToAttribution : IAttributionRule
{
    public string Name => "attribution.according-to";

    public AttributionProposal? Propose(FigureQuery q)
    {
        if (q.Sentence.SourceCue is not { Kind: SourceCueKind.AccordingTo } cue) return null;
        return TrailsFigure(q.S, cue.NameStart, q.Figure) ? AttributionProposal.None : new AttributionProposal(Speakers.Read(q.S, cue.NameStart, forward: true));
    }

    // the cue stands after a comma, and the figure after the end of the name
    private static bool TrailsFigure(SentenceTokens s, int nameStart, FigureDraft figure)
    {
        int according = nameStart - 1;
        while (according > s.First && !s.Is(according, "according") && !(s.Is(according, "as") && s.Is(according + 1, "per"))) according--;
        if (!s.IsPunct(according - 1, ',')) return false;
        // "Analysts, according to Thomson Reuters, had predicted": an aside after the subject, before its verb, speaks for the clause
        if (!MetricReader.HasVerbBetween(s, s.First, according - 1)) return false;
        int nameEnd = nameStart;
        while (nameEnd < s.End && !s.IsClauseBreak(nameEnd)) nameEnd++;
        return figure.TextFirst > nameEnd;
    }
}

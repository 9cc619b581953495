namespace NewsFigures;

/// <summary>"..., the ministry added.", "The study found that ...", "..., it said.", "The Dutch seed group ..., saying it
/// expected ...": a speaker that refers back names the source it stands for, the latest credited with its noun ("the
/// ministry": "Ministry of Agriculture") or, for "it" and "the group", the latest subject that was a name; "he said" the
/// source credited last.</summary>
internal sealed class ReferringSpeakerAttribution : IAttributionRule
{
    public string Name => "attribution.referring-speaker";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(Referred(q.S, q.Sentence.Discourse));

    private static string? Referred(SentenceTokens s, Discourse? discourse)
    {
        if (discourse is null) return null;
        for (int k = s.First; k < s.End; k++)
        {
            if (!s.IsLower(k) || s.Has(k - 1, WordClass.Preposition | WordClass.Determiner)) continue;
            string? who = null;
            if (s.Is(k, "saying") && s.IsPunct(k - 1, ','))
                who = Clauses.SentenceSubject(s, k) is { } subject ? s.Join(subject.First, subject.End) : null;
            else if (s.Has(k, WordClass.AttributionVerb) || IsReportingVerb(s, k))
                who = k == s.First || s.IsClauseBreak(k - 1) ? Speakers.Read(s, k + 1, forward: true) : Speakers.Read(s, k - 1, forward: false);
            if (who is not null && Speakers.Refers(who) && Speakers.Resolve(who, discourse) is { } name) return name;
            // ", the SMMT added.", ", the agency added." with none credited before: the name as written ("said" is read by
            // attribution.speaker-of-verb)
            if (who is not null && s.Is(k, "added") && !Speakers.IsPronoun(who)) return who;
        }
        return null;
    }

    // ", the ministry added." ends the sentence; "the study found", "the survey finds"
    private static bool IsReportingVerb(SentenceTokens s, int k) =>
        s.Is(k, "added") && s.IsPunct(k + 1, '.') && k + 2 >= s.End
        || (s.Is(k, "found") || s.Is(k, "finds")) && s.IsWord(k - 1) && !s.Has(k - 1, WordClass.Auxiliary);
}

namespace NewsFigures;

/// <summary>"The IEA said demand would rise 4 percent", "..., said Li Wei", "Power utilities had reported": the one who
/// says, reports or predicts (a lower-case verb, not a noun after "of" or "the"; a pronoun is no name).</summary>
internal sealed class SpeakerOfVerbAttribution : IAttributionRule
{
    public string Name => "attribution.speaker-of-verb";

    public AttributionProposal? Propose(SentenceReading r) => AttributionProposal.Named(FirstSpeaker(r.Tokens));

    private static string? FirstSpeaker(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            // "the United States" does not state; "as a result of reports" names no one
            if (!s.Has(k, WordClass.AttributionVerb) || !s.IsLower(k) || s.Has(k - 1, WordClass.Preposition | WordClass.Determiner)) continue;
            bool speakerAfter = k == s.First || s.IsClauseBreak(k - 1) || s.IsPunct(k - 1, '"') || s.IsPunct(k - 1, '”');
            var who = speakerAfter ? Speakers.Read(s, k + 1, forward: true) : Speakers.Read(s, k - 1, forward: false);
            if (who is not null && !Speakers.IsPronoun(who)) return who; // "they noted", "it said": no name here
        }
        return null;
    }
}

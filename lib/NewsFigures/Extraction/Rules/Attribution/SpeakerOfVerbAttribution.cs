namespace NewsFigures;

/// <summary>"The IEA said demand would rise 4 percent", "..., said Li Wei": the one who says, reports or predicts
/// (a lower-case verb: "the United States" does not state).</summary>
internal sealed class SpeakerOfVerbAttribution : IAttributionRule
{
    public string Name => "attribution.speaker-of-verb";

    public AttributionProposal? Propose(SentenceReading r) =>
        FirstSpeaker(r.Tokens) is { } who ? new AttributionProposal(who) : null;

    private static string? FirstSpeaker(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (!s.Has(k, WordClass.AttributionVerb) || !s.IsLower(k)) continue;
            bool speakerAfter = k == s.First || s.IsClauseBreak(k - 1) || s.IsPunct(k - 1, '"') || s.IsPunct(k - 1, '”');
            if ((speakerAfter ? Speakers.Read(s, k + 1, forward: true) : Speakers.Read(s, k - 1, forward: false)) is { } who) return who;
        }
        return null;
    }
}

namespace NewsFigures;

/// <summary>"The IEA said demand would rise 4 percent", "..., said Li Wei", "Power utilities had reported": the one who
/// says, reports or predicts (a lower-case verb, not a noun after "of" or "the"; a pronoun is no name). A speaker that opens
/// a part of the sentence after a semicolon does not speak for the figures before it ("Plant A reached 300 MW; the agency
/// reports 12 more plants").</summary>
internal sealed class SpeakerOfVerbAttribution : IAttributionRule
{
    public string Name => "attribution.speaker-of-verb";

    public AttributionProposal? Propose(FigureQuery q) => AttributionProposal.Named(FirstSpeaker(q.S, q.Figure));

    private static string? FirstSpeaker(SentenceTokens s, FigureDraft figure)
    {
        for (int k = s.First; k < s.End; k++)
        {
            // "the United States" does not state; "as a result of reports" names no one
            if (!s.Has(k, WordClass.AttributionVerb) || !s.IsLower(k) || s.Has(k - 1, WordClass.Preposition | WordClass.Determiner)) continue;
            bool speakerAfter = k == s.First || s.IsClauseBreak(k - 1) || s.IsPunct(k - 1, '"') || s.IsPunct(k - 1, '”');
            if (!speakerAfter && SemicolonBetween(s, figure.TextLast, k)) continue;
            var who = speakerAfter ? Speakers.Read(s, k + 1, forward: true) : Speakers.Read(s, k - 1, forward: false);
            if (who is not null && !Speakers.IsPronoun(who)) return who; // "they noted", "it said": no name here
        }
        return null;
    }

    private static bool SemicolonBetween(SentenceTokens s, int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (s.IsPunct(k, ';')) return true;
        return false;
    }
}

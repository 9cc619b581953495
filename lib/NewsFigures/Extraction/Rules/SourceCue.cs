namespace NewsFigures;

/// <summary>The first phrase of a sentence that introduces its source, and where the source's name starts.</summary>
internal readonly record struct SourceCue(SourceCueKind Kind, int NameStart)
{
    public static SourceCue? First(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (s.Is(k, "according") && s.Is(k + 1, "to")) return new(SourceCueKind.AccordingTo, k + 2);
            if (s.Is(k, "data") && s.Is(k + 1, "from")) return new(SourceCueKind.DataFrom, k + 2);
            if (s.Is(k, "data") && s.Has(k + 1, WordClass.ReleaseVerb) && s.Is(k + 2, "by")) return new(SourceCueKind.DataReleasedBy, k + 3);
        }
        return null;
    }
}

internal enum SourceCueKind : byte { AccordingTo, DataFrom, DataReleasedBy }

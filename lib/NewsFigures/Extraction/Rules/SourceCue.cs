namespace NewsFigures;

/// <summary>The first phrase of a sentence that introduces its source, and where the source's name starts.</summary>
internal readonly record struct SourceCue(SourceCueKind Kind, int NameStart)
{
    public static SourceCue? First(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (s.Is(k, "according") && s.Is(k + 1, "to")) return new(SourceCueKind.AccordingTo, DataFrom(s, k + 2) ?? k + 2);
            // "data from the IEA", "Figures from the Office for National Statistics show", "figures published by the UK DfT"
            if (IsDataNoun(s, k) && s.Is(k + 1, "from")) return new(SourceCueKind.DataFrom, k + 2);
            if (IsDataNoun(s, k) && s.Has(k + 1, WordClass.ReleaseVerb) && s.Is(k + 2, "by")) return new(SourceCueKind.DataReleasedBy, k + 3);
        }
        return null;
    }

    private static bool IsDataNoun(SentenceTokens s, int k) => s.Is(k, "data") || s.Is(k, "figures") || s.Is(k, "statistics");

    // "according to 2025 data from the World Intellectual Property Organization", "according to data from the IEA",
    // "according to new data released by IRENA", "according to figures published by the ONS": the source is whoever the data
    // comes from
    private static int? DataFrom(SentenceTokens s, int k)
    {
        if (s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k))) k++;
        if (s.IsLower(k) && (s.Is(k, "new") || s.Is(k, "latest") || s.Is(k, "official") || s.Is(k, "provisional") || s.Is(k, "preliminary"))) k++;
        if (!IsDataNoun(s, k)) return null;
        if (s.Is(k + 1, "from")) return k + 2;
        return s.Has(k + 1, WordClass.ReleaseVerb) && s.Is(k + 2, "by") ? k + 3 : null;
    }
}

internal enum SourceCueKind : byte { AccordingTo, DataFrom, DataReleasedBy }

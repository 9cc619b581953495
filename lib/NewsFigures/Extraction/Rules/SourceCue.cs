namespace NewsFigures;

/// <summary>The first phrase of a sentence that introduces its source, and where the source's name starts.</summary>
internal readonly record struct SourceCue(SourceCueKind Kind, int NameStart)
{
    public static SourceCue? First(SentenceTokens s)
    {
        for (int k = s.First; k < s.End; k++)
        {
            if (s.Is(k, "according") && s.Is(k + 1, "to")) return new(SourceCueKind.AccordingTo, DataFrom(s, k + 2) ?? k + 2);
            if (NameAfterData(s, k) is { } name) return new(s.Is(k + 1, "from") ? SourceCueKind.DataFrom : SourceCueKind.DataReleasedBy, name);
        }
        return null;
    }

    // "data from the IEA", "Figures from the Office for National Statistics show", "figures published by the UK DfT": where the
    // name after a data noun and its "from" or "released by" starts, or null
    private static int? NameAfterData(SentenceTokens s, int k)
    {
        if (!(s.Is(k, "data") || s.Is(k, "figures") || s.Is(k, "statistics"))) return null;
        if (s.Is(k + 1, "from")) return k + 2;
        return s.Has(k + 1, WordClass.ReleaseVerb) && s.Is(k + 2, "by") ? k + 3 : null;
    }

    // "according to 2025 data from the World Intellectual Property Organization", "according to data from the IEA",
    // "according to new data released by IRENA", "according to figures published by the ONS": the source is whoever the data
    // comes from
    private static int? DataFrom(SentenceTokens s, int k)
    {
        if (s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k))) k++;
        if (s.IsLower(k) && (s.Is(k, "new") || s.Is(k, "latest") || s.Is(k, "official") || s.Is(k, "provisional") || s.Is(k, "preliminary"))) k++;
        return NameAfterData(s, k);
    }
}

internal enum SourceCueKind : byte { AccordingTo, DataFrom, DataReleasedBy }

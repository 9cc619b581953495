namespace NewsFigures;

/// <summary>What a figure states about its metric.</summary>
public enum FigureKind
{
    /// <summary>A level at a point or over a period: "626 regular universities".</summary>
    Level,
    /// <summary>A growth or a fall: "a 43 percent increase", "doubled", "dipped 50 percent".</summary>
    Change,
    /// <summary>A part of a whole: "2.68 percent of its GDP".</summary>
    Share,
    /// <summary>A ratio to something else: "2.5 times that of the United States".</summary>
    Multiple,
    /// <summary>A count within a ranking: "12 of the world's top 15".</summary>
    Rank,
    /// <summary>An expected or predicted level: "is expected to reach", "by 2030".</summary>
    Forecast,
}

namespace NewsFigures;

/// <summary>A field of a figure that a gold comparison scores on the figures it matched.</summary>
public enum FigureField
{
    Unit,
    Kind,
    /// <summary>The found metric holds at least half the gold metric's content words.</summary>
    Metric,
    /// <summary><see cref="Metric"/>, and the same head noun.</summary>
    MetricStrict,
    /// <summary>Equal in <see cref="PeriodForm"/>'s normal form.</summary>
    Period,
    /// <summary>Both absent, or the found one holds at least half the content words of the gold source, of what the text
    /// calls it or of who it is ("the company (Alibaba)": <see cref="PhraseAgreement.NamesSameSource"/>).</summary>
    Attribution,
    Qualifier,
}

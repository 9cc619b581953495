namespace NewsFigures.Charts;

/// <summary>What a chart shows: growth over time, a comparison between bars, or shares in percent.</summary>
public enum ChartKind { GrowthLine, BarComparison, Percentages }

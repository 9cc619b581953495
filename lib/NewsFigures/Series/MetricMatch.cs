namespace NewsFigures;

/// <summary>The metric a lookup found, and, when the name read like several, the sentence saying which was taken and
/// which others there were.</summary>
internal sealed record MetricMatch(MetricGroup Group, string? Note);

namespace NewsFigures;

/// <summary>"The magnitude 8 Sichuan earthquake in 2008": the magnitude of the Sichuan earthquake (a figure the unit reader read
/// as a magnitude measures the quake named after it, or an earthquake, whatever the sentence's subject).</summary>
internal sealed class MagnitudeMetric : IMetricRule
{
    // "a 6.9 magnitude earthquake", "magnitude 8 Sichuan earthquake", "6.3 magnitude Christchurch earthquake"
    private const int MaxWordsToQuake = 3;

    public string Name => "metric.magnitude";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        if (c.Unit.Unit != "magnitude") return null;
        int after = c.ExtentLast + 1, quake = after;
        while (quake < s.End && quake - after < MaxWordsToQuake && s.IsCapitalized(quake) && !IsQuake(s, quake)) quake++;
        if (IsQuake(s, quake) && quake > after) return new MetricProposal($"magnitude of the {s.Join(after, quake)} earthquake");
        // "The Great Hanshin earthquake, a 6.9 magnitude earthquake in Japan": the quake its subject names
        var subject = x.AmountSubject.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? x.AmountSubject[4..] : x.AmountSubject;
        return new MetricProposal(subject.EndsWith("earthquake", StringComparison.OrdinalIgnoreCase) || subject.EndsWith("quake", StringComparison.OrdinalIgnoreCase)
            ? $"magnitude of the {subject}" : "earthquake magnitude");
    }

    private static bool IsQuake(SentenceTokens s, int k) => s.Is(k, "earthquake") || s.Is(k, "quake") || s.Is(k, "tremor");
}

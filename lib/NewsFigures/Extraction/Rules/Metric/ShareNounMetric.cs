namespace NewsFigures;

/// <summary>"Airbus delivered 60 jets for a 55 percent share of the wide-body market": Airbus share of the wide-body market (a
/// percent that sizes the noun "share" names what it is a share of).</summary>
internal sealed class ShareNounMetric : IMetricRule
{
    public string Name => "metric.share-noun";

    public MetricProposal? Propose(MetricQuery x)
    {
        var (s, c) = (x.S, x.C);
        int share = c.TextLast + 1;
        if (c.Unit.Class != UnitClass.Percent || !(s.Is(share, "share") || s.Is(share, "stake")) || !(s.Is(share + 1, "of") || s.Is(share + 1, "in")))
            return null;
        string whole = s.Join(share, MetricReader.NounPhraseEnd(s, share + 1, x.At.ClauseEnd, x.Times));
        return MetricProposal.Phrase(MetricReader.Joined(x.AmountSubject, whole), x.AmountSubject.Length > 0);
    }
}

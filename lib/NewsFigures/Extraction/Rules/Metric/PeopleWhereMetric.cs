namespace NewsFigures;

/// <summary>"the Global South, where 700 million lack digital access": people in the Global South who lack digital access.</summary>
internal sealed class PeopleWhereMetric : IMetricRule
{
    public string Name => "metric.people-where";

    public MetricProposal? Propose(MetricQuery x) =>
        x.C.Unit.Unit == "person" && x.AmountSubject.Length == 0 && x.At.SubjectPosition
            ? MetricProposal.Phrase(MetricReader.Joined("people", MetricReader.WherePlace(x.S, x.At.ClauseStart), MetricReader.RelativePredicate(x, x.C.TextLast + 1, x.At.ClauseEnd)))
            : null;
}

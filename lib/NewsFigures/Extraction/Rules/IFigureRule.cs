namespace NewsFigures;

/// <summary>
/// A named rule that decides one field of a figure: it reads the query and proposes the field's value, or declines
/// with null. <see cref="ExtractionPipeline"/> tries a field's rules in order; the first that proposes decides.
/// </summary>
internal interface IFigureRule<in TQuery, out TProposal> where TProposal : class
{
    /// <summary>"metric.counted-noun": the field, then what the rule reads. Recorded on every figure it decides.</summary>
    string Name { get; }

    TProposal? Propose(TQuery query);
}

/// <summary>Decides the source a figure is credited to: the sentence's source, unless its cue does not reach the figure.</summary>
internal interface IAttributionRule : IFigureRule<FigureQuery, AttributionProposal>;

/// <summary>Decides a figure's period from the sentence's time expressions or its neighbours.</summary>
internal interface IPeriodRule : IFigureRule<FigureQuery, PeriodProposal>;

/// <summary>Decides what a figure states (level, change, share, ...) and the sign its value takes.</summary>
internal interface IKindRule : IFigureRule<FigureQuery, KindProposal>;

/// <summary>Decides the noun phrase a figure measures.</summary>
internal interface IMetricRule : IFigureRule<MetricQuery, MetricProposal>;

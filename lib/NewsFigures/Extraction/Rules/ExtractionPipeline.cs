namespace NewsFigures;

/// <summary>
/// The named rules that decide a figure's fields, per field in the order they are tried (the first rule that proposes
/// decides), composed the way Markdig composes its parser: <c>new ExtractionPipeline().Use(rule)...</c>. Rules read one
/// <see cref="SentenceReading"/>; each stage makes new <see cref="FigureDraft"/>s, and every figure records the rules that
/// decided it (<see cref="FigureRules"/>). The order of each list is behaviour: a rule earlier in it wins.
/// </summary>
internal sealed class ExtractionPipeline
{
    /// <summary>The extractor's rules. Lib/NewsFigures/Extraction/README.md lists them with an example each.</summary>
    public static ExtractionPipeline Default { get; } = new ExtractionPipeline()
        // the sentence's source (the first cue, else the one who says), where its cue reaches the figure
        .Use(new ExpectedByAttribution())
        .Use(new AccordingToAttribution())
        .Use(new DataFromAttribution())
        .Use(new BasedOnAttribution())
        .Use(new DataReleasedByAttribution())
        .Use(new ReportByAttribution())
        .Use(new SpeakerOfVerbAttribution())
        .Use(new SpeakerBeforeCommaAttribution())
        .Use(new ReferringSpeakerAttribution())
        .Use(new SubjectExpectsAttribution())
        .Use(new QuoteContinuesAttribution())
        .Use(new QuoteClosedLaterAttribution())
        .Use(new DataShowedAttribution())
        .Use(new NoAttribution())
        // a time the figure owns, then the nearest, then the neighbours'
        .Use(new OwnTimePeriod())
        .Use(new NearestTimePeriod())
        .Use(new YearOfMeasurePeriod())
        .Use(new NowPeriod())
        .Use(new FigureBeforePeriod())
        .Use(new FigureAfterPeriod())
        .Use(new ReleaseDatePeriod())
        .Use(new ListHeadingPeriod())
        .Use(new NoPeriod())
        // rank, change, share, multiple, forecast, else level
        .Use(new ConvertedAmountKind())
        .Use(new RankKind())
        .Use(new RangeEndKind())
        .Use(new MultiplierKind())
        .Use(new SignedChangeKind())
        .Use(new RestatedChangeKind())
        .Use(new ShareListKind())
        .Use(new ChangeWordKind())
        .Use(new ChangeByKind())
        .Use(new ChangeNounKind())
        .Use(new ChangeAtRateKind())
        .Use(new AddedKind())
        .Use(new RemovedKind())
        .Use(new PointChangeKind())
        .Use(new ShareKind())
        .Use(new ShareNounKind())
        .Use(new ShareComparedKind())
        .Use(new RateOfChangeKind())
        .Use(new ChangeListKind())
        .Use(new ListHeadingKind())
        .Use(new ChangeInParenthesesKind())
        .Use(new PercentShareKind())
        .Use(new MultipleKind())
        .Use(new ForecastKind())
        .Use(new LevelKind())
        // copies first, then counts (their noun and what qualifies it), then amounts (their subject and what is said of it)
        .Use(new MagnitudeMetric())
        .Use(new ConvertedAmountMetric())
        .Use(new BorrowedUnitPossessorMetric())
        .Use(new BorrowedUnitMetric())
        .Use(new ListItemMetric())
        .Use(new LevelAfterChangeMetric())
        .Use(new RangeEndMetric())
        .Use(new GappedSubjectMetric())
        .Use(new CompoundUnitMetric())
        .Use(new CountAddedMetric())
        .Use(new OutputVerbMetric())
        .Use(new CountOfReferentMetric())
        .Use(new CountWithOwnerMetric())
        .Use(new CountBesideOwnerMetric())
        .Use(new CountWhoseOwnerMetric())
        .Use(new CountOfOwnerMetric())
        .Use(new CountListPredicateMetric())
        .Use(new CountAppositivePredicateMetric())
        .Use(new CountOfParticipleSubjectMetric())
        .Use(new CountedNounMetric())
        .Use(new CountOfSubjectMetric())
        .Use(new CountOfAntecedentMetric())
        .Use(new CountDoingMetric())
        .Use(new CountNounAloneMetric())
        .Use(new WhichChangedMetric())
        .Use(new AntecedentMetric())
        .Use(new ObjectAtMetric())
        .Use(new BroughtToMetric())
        .Use(new ChangeInNounMetric())
        .Use(new ParenthesizedItemMetric())
        .Use(new BracketedChangeMetric())
        .Use(new CommaItemChangeMetric())
        .Use(new OpeningChangeMetric())
        .Use(new ChangeOfFigureBeforeMetric())
        .Use(new DefiniteChangeMetric())
        .Use(new ChangedObjectMetric())
        .Use(new NamedBeforeParenthesisMetric())
        .Use(new WorthMetric())
        .Use(new AmountOfOwnerMetric())
        .Use(new AmountWordMetric())
        .Use(new OpeningPartitiveMetric())
        .Use(new ShareOfWholeMetric())
        .Use(new ProportionOfWholeMetric())
        .Use(new ShareNounMetric())
        .Use(new MoneyParticipleMetric())
        .Use(new MoneyVerbMetric())
        .Use(new SalePriceMetric())
        .Use(new SizedNounMetric())
        .Use(new MultipleRelativeToMetric())
        .Use(new PeopleWhereMetric())
        .Use(new CountPartitiveMetric())
        .Use(new BracketedShareMetric())
        .Use(new OpeningAtMetric())
        .Use(new SubjectAndComplementMetric());

    public ExtractionPipeline() : this(new(), new(), new(), new()) { }

    private ExtractionPipeline(RuleChain<FigureQuery, AttributionProposal> attribution, RuleChain<FigureQuery, PeriodProposal> period,
        RuleChain<FigureQuery, KindProposal> kind, RuleChain<MetricQuery, MetricProposal> metric) =>
        (Attribution, Period, Kind, Metric) = (attribution, period, kind, metric);

    public RuleChain<FigureQuery, AttributionProposal> Attribution { get; }
    public RuleChain<FigureQuery, PeriodProposal> Period { get; }
    public RuleChain<FigureQuery, KindProposal> Kind { get; }
    public RuleChain<MetricQuery, MetricProposal> Metric { get; }

    public ExtractionPipeline Use(IAttributionRule rule) => new(Attribution.Then(rule), Period, Kind, Metric);
    public ExtractionPipeline Use(IPeriodRule rule) => new(Attribution, Period.Then(rule), Kind, Metric);
    public ExtractionPipeline Use(IKindRule rule) => new(Attribution, Period, Kind.Then(rule), Metric);
    public ExtractionPipeline Use(IMetricRule rule) => new(Attribution, Period, Kind, Metric.Then(rule));

    /// <summary>
    /// Decides every field of the sentence's figures: units of bare numbers first, then figure by figure its source, period,
    /// kind and metric (a later figure may take an earlier one's).
    /// </summary>
    public void Describe(SentenceReading r, List<FigureDraft> drafts, Discourse discourse, List<Figure> into)
    {
        var s = r.Tokens;
        BareNumberUnit.InferAll(s, drafts, discourse);
        string sentence = s.Normalized();
        string? sentenceSource = null;
        int firstOfSentence = into.Count;
        for (int f = 0; f < drafts.Count; f++)
        {
            var (source, sourceRule) = Attribution.Decide(new FigureQuery(r, drafts, f));
            sentenceSource ??= source.Source;
            // a figure's period reads the decided period of the one before and the time expressions of the one after
            var (period, periodRule) = Period.Decide(new FigureQuery(r, drafts, f));
            var (kind, kindRule) = Kind.Decide(new FigureQuery(r, drafts, f, period.IsFuture));
            var c = DecideMetric(new MetricQuery(r, drafts, f, kind.Kind, discourse), (period, periodRule), (kind.Value, kindRule));
            drafts[f] = c;
            if (c.MetricFromSubject) discourse.RememberSubjectMetric(c.Metric, c.Unit.Unit, c.SubjectName);
            discourse.RememberFigureMetric(c.Metric);
            int start = s[c.TextFirst].Start, end = s[c.TextLast].End;
            into.Add(new Figure(c.Value, c.Unit.Unit, c.Qualifier, c.Kind, ComparisonBasis.Apply(c.Metric, c.MetricBasis), c.Period, source.Source, sentence,
                s.Text.Substring(start, end - start), start, end)
            {
                Rules = new FigureRules(c.MetricRule, sourceRule, c.PeriodRule, c.KindRule),
            });
        }
        Respectively.Apply(s, drafts, into, firstOfSentence);
        discourse.RememberSource(s.First, sentenceSource);
    }

    // one copy of the draft per figure, with every field decided
    private FigureDraft DecideMetric(MetricQuery q, (PeriodProposal Value, string Rule) period, (double Value, string Rule) kind)
    {
        var (metric, rule) = Metric.Decide(q);
        var unit = (BareNumberUnit.CountedByMetric(q.S, q.C, q.Kind, metric.Metric) ?? ExchangeRateUnit.Of(q.C, q.Kind, metric.Metric)) is { } counted
            ? q.C.Unit with { Unit = counted } : q.C.Unit;
        // the subject as a name, for a later "the company" or "the region"
        string? subjectName = metric.FromSubject && q.Subject is { } named
            ? q.Referent is { Kind: not ReferentKind.Domain } referent ? referent.Text : Anaphora.NameOf(q.S, named)
            : null;
        return q.C with
        {
            Period = period.Value.Period, HasFuturePeriod = period.Value.IsFuture, PeriodRule = period.Rule,
            Unit = unit, Kind = q.Kind, Value = kind.Value, KindRule = kind.Rule, Subject = q.Subject, Metric = OpeningPlace.Apply(q.S, q.C, ShareNamed.Apply(q.Kind, SharePrice.Apply(q.S, q.C, q.Kind, PerDenominator.Apply(q.S, q.C, metric.Metric)))), MetricBasis = ComparisonBasis.Of(q.S, q.C, q.At, q.Kind, q.Figures), MetricFromSubject = metric.FromSubject, SubjectName = subjectName, MetricRule = rule,
        };
    }
}

namespace NewsFigures;

/// <summary>
/// How one extraction rule fared on a gold: of the matched figures whose <paramref name="Field"/> it decided, how many
/// agree with the gold. A rule that decides many and agrees with few is the one to fix first.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record RuleAgreement(FigureField Field, string Rule, int Decided, int Agreeing)
{
    /// <summary>"metric.counted-noun: 40 of 52 metrics agree".</summary>
    public override string ToString() => $"{Rule}: {Agreeing} of {Decided} {Field.ToString().ToLowerInvariant()}s agree";

    public double Agreement => Decided == 0 ? 0 : Agreeing / (double)Decided;

    /// <summary>Every rule of the extractor's pipeline, per field (metric, attribution, period, kind) in the order they
    /// are tried, with its counts on the matches (a rule that decided none shows 0).</summary>
    public static IReadOnlyList<RuleAgreement> Of(GoldComparison comparison)
    {
        var pipeline = ExtractionPipeline.Default;
        var rows = new List<RuleAgreement>();
        Add(rows, comparison, FigureField.Metric, pipeline.Metric.Rules.Select(r => r.Name));
        Add(rows, comparison, FigureField.Attribution, pipeline.Attribution.Rules.Select(r => r.Name));
        Add(rows, comparison, FigureField.Period, pipeline.Period.Rules.Select(r => r.Name));
        Add(rows, comparison, FigureField.Kind, pipeline.Kind.Rules.Select(r => r.Name));
        return rows;
    }

    private static void Add(List<RuleAgreement> rows, GoldComparison comparison, FigureField field, IEnumerable<string> declared)
    {
        // "metric.counted-noun + metric.piece-subject": both rules took part, and each is credited
        var decided = comparison.Matches.Where(m => m.Found.Figure.Rules is not null)
            .SelectMany(m => m.Found.Figure.Rules!.Of(field)!.Split(" + ").Select(rule => (Rule: rule, Match: m)))
            .ToLookup(d => d.Rule, d => d.Match, StringComparer.Ordinal);
        // rules of another pipeline than the default come after the declared ones, by name
        var names = declared.Concat(decided.Select(g => g.Key).Where(n => !declared.Contains(n)).Order(StringComparer.Ordinal));
        foreach (var name in names)
            rows.Add(new RuleAgreement(field, name, decided[name].Count(), decided[name].Count(m => m.Agrees(field))));
    }
}

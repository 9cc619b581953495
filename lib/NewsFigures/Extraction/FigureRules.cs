namespace NewsFigures;

/// <summary>
/// The names of the rules that decided a figure's fields ("metric.counted-noun", "period.own-time"), so a wrong field
/// leads straight to its rule. lib/NewsFigures/Extraction/README.md lists every rule in the order it is tried.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record FigureRules(string Metric, string Attribution, string Period, string Kind)
{
    /// <summary>The rule that decided the field, or null for a field no rule decides (unit, qualifier). A metric the piece's
    /// subject was put before names both rules: "metric.changed-object + metric.piece-subject".</summary>
    public string? Of(FigureField field) => field switch
    {
        FigureField.Metric or FigureField.MetricStrict => Metric,
        FigureField.Attribution => Attribution,
        FigureField.Period => Period,
        FigureField.Kind => Kind,
        _ => null,
    };

    /// <summary>The fields rules decide, as exports name them.</summary>
    internal static readonly string[] Fields = ["metric", "attribution", "period", "kind"];

    /// <summary>The rules' names in the order of <see cref="Fields"/>.</summary>
    internal string[] Names => [Metric, Attribution, Period, Kind];

    public override string ToString() => $"metric {Metric}, attribution {Attribution}, period {Period}, kind {Kind}";
}

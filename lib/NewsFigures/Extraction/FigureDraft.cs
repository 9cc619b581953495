namespace NewsFigures;

/// <summary>
/// A figure being read inside one sentence: what was found (number, unit, qualifier, span), then what each stage of
/// <see cref="ExtractionPipeline"/> decided, with the rule that decided it. Immutable: a stage makes a changed copy, so
/// no reader writes into a figure another reader is still reading.
/// </summary>
/// <remarks><see cref="TextFirst"/> to <see cref="TextLast"/> are the tokens the surface text covers (qualifier to unit);
/// <see cref="ExtentLast"/> is the last token the figure's own phrase reaches (its counted noun included).</remarks>
internal sealed record FigureDraft(NumberPhrase Number, UnitPhrase Unit, string? Qualifier, int TextFirst, int TextLast, int ExtentLast, bool IsRank)
{
    /// <summary>The value as stated, then as its kind reads it ("fell 3%" is -3).</summary>
    public double Value { get; init; } = Number.Value;
    /// <summary>A bare number that took the unit of an earlier figure ("the 35 in 2019" after "626 universities").</summary>
    public bool BorrowedUnit { get; init; }
    public FigureKind Kind { get; init; }
    public string? Period { get; init; }
    public bool HasFuturePeriod { get; init; }
    /// <summary>The subject of the figure's clause, or the one it shares with the figure before; null for a borrowed unit.</summary>
    public (int First, int End)? Subject { get; init; }
    public string Metric { get; init; } = "";
    /// <summary>What a change is measured against, as its clause says it ("month on month"), added to the metric only in
    /// the figure given out: a level after the change that takes its metric is no change on anything. Null for none.</summary>
    public string? MetricBasis { get; init; }
    /// <summary>The metric names its clause's subject, so a later "the sector" or "the company" may refer to it.</summary>
    public bool MetricFromSubject { get; init; }
    /// <summary>The subject as a name ("Saudi Aramco", "Tesla" of "Tesla's plant"), for a later "the company"; else null.</summary>
    public string? SubjectName { get; init; }
    public string PeriodRule { get; init; } = "";
    public string KindRule { get; init; } = "";
    public string MetricRule { get; init; } = "";

    public bool IsMeasure => Unit.Class is UnitClass.Percent or UnitClass.Currency or UnitClass.Measure or UnitClass.Times;

    /// <summary>The span lies inside the figure's own phrase (its text to the end of its extent).</summary>
    public bool Covers((int First, int End) span) => TextFirst <= span.First && span.End - 1 <= ExtentLast;
}

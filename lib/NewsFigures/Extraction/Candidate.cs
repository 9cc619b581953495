namespace NewsFigures;

/// <summary>A figure being read inside one sentence, before its metric, kind and period are settled.</summary>
internal sealed class Candidate(NumberPhrase number, UnitPhrase unit, string? qualifier, int textFirst, int textLast, int extentLast, bool isRank)
{
    public NumberPhrase Number { get; } = number;
    public UnitPhrase Unit { get; set; } = unit;
    public string? Qualifier { get; } = qualifier;
    /// <summary>Tokens the surface text covers: qualifier to unit.</summary>
    public int TextFirst { get; } = textFirst;
    public int TextLast { get; } = textLast;
    /// <summary>Last token the figure's own phrase reaches (its counted noun included), for time expressions that follow it.</summary>
    public int ExtentLast { get; } = extentLast;
    public bool IsRank { get; } = isRank;

    public double Value { get; set; } = number.Value;
    public FigureKind Kind { get; set; }
    public (int First, int End)? Subject { get; set; }
    public string Metric { get; set; } = "";
    public string? Period { get; set; }
    public bool HasFuturePeriod { get; set; }
    public bool BorrowedUnit { get; set; }
    /// <summary>The metric names its clause's subject, so a later "the sector" or "the company" may refer to it.</summary>
    public bool MetricFromSubject { get; set; }
    /// <summary>The subject as a name ("Saudi Aramco", "Tesla" of "Tesla's plant"), for a later "the company"; else null.</summary>
    public string? SubjectName { get; set; }

    public bool IsMeasure => Unit.Class is UnitClass.Percent or UnitClass.Currency or UnitClass.Measure or UnitClass.Times;
}

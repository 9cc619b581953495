using System.Globalization;

namespace NewsFigures;

/// <summary>
/// A change implies its base: "1,037.3 EFLOPS in 2025, a 43 percent increase from the previous year" gives
/// 2024 = 1,037.3 / (1 + 43/100) ≈ 725.4; "515 million ..., a figure that doubled from 2024" gives 2024 = 515 million / 2.
/// The level is the figure of the same metric in the same sentence (the nearest, the one before first); the base
/// period is what the words after the change say it is measured from. Bounds carry through: a level that is a lower
/// bound gives a lower-bound base; a change that is "more than" 40 percent gives an upper-bound base.
/// </summary>
internal static class BaseDerivation
{
    /// <summary>Levels by the file, piece and sentence they are stated in, each list in the levels' order: the levels a
    /// change of that sentence can stand on, found without looking at every level of the metric.</summary>
    public static ILookup<(string File, int Piece, string Sentence), CorpusFigure> BySentence(IEnumerable<CorpusFigure> levels) =>
        levels.ToLookup(l => (l.File, l.PieceNumber, l.Figure.Sentence));

    public static (SeriesPoint? Point, SeriesChange Change) Derive(CorpusFigure change,
        ILookup<(string File, int Piece, string Sentence), CorpusFigure> levels, string? unit)
    {
        var c = change.Figure;
        var source = PointSource.From(change);
        var changeBound = SeriesRules.BoundOf(c.Qualifier);
        // A bound on the size of a fall ("dipped more than 50 percent") is the other bound on its signed value.
        var signedBound = c.Value < 0 ? Flip(changeBound) : changeBound;
        SeriesChange Record(string? basePeriod, string? note) =>
            new(c.Period ?? "undated", c.Period, basePeriod, c.Value, c.Unit, changeBound, c.Text, source, note);

        var level = levels[(change.File, change.PieceNumber, c.Sentence)]
            .Where(l => c.Period is null || l.Figure.Period == c.Period)
            .OrderBy(l => l.Figure.Start <= c.Start ? 0 : 1).ThenBy(l => Math.Abs(l.Figure.Start - c.Start)).FirstOrDefault();
        if (level is null) return (null, Record(null, "no level of this metric in the same sentence, so no base is derived"));

        var l = level.Figure;
        var basis = ChangeBaseReader.Read(c.Sentence, c.Text, l.Period ?? c.Period);
        if (basis is null) return (null, Record(null, "the text does not say what the change is measured from, so no base is derived"));

        double factor = c.Unit switch { "percent" => 1 + c.Value / 100, "times" => c.Value, _ => double.NaN };
        if (!(factor > 0)) return (null, Record(basis.Period, $"a change in {c.Unit ?? "no unit"} gives no base"));

        double value = l.Value / factor;
        var levelBound = SeriesRules.BoundOf(l.Qualifier);
        var bound = SeriesRules.Combine((levelBound, +1), (signedBound, -1));
        var point = new SeriesPoint
        {
            Label = basis.Period,
            Period = basis.Period,
            Year = PeriodText.YearNumber(basis.Period),
            Value = value,
            Unit = l.Unit ?? unit,
            Bound = bound,
            Derived = true,
            // The base is the level the source treats as known, even when the new level is a forecast.
            Forecast = false,
            Rule = Rule(level, change, basis, factor, value, levelBound, changeBound, bound),
            Sentence = l.Sentence,
            Outlet = level.Article.Outlet,
            Date = level.Article.Date,
            Sources = [PointSource.From(level), source],
        };
        return (point, Record(basis.Period, null));
    }

    private static string Rule(CorpusFigure level, CorpusFigure change, ChangeBase basis, double factor, double value,
        ValueBound levelBound, ValueBound changeBound, ValueBound bound)
    {
        Figure l = level.Figure, c = change.Figure;
        string divisor = c.Unit == "percent"
            ? string.Create(CultureInfo.InvariantCulture, $"(1 {(c.Value < 0 ? "−" : "+")} {NumberText.Format(Math.Abs(c.Value))}/100)")
            : NumberText.Format(factor);
        var rule = $"change implies base: {NumberText.WithUnit(l.Value, l.Unit)} in {l.Period ?? "an undated period"}, \"{basis.Words}\", "
            + $"so {basis.Period} = {NumberText.Format(l.Value)} / {divisor} = {SeriesRules.Sign(bound)}{NumberText.WithUnit(value, l.Unit)}";
        var why = new List<string>();
        if (levelBound != ValueBound.Exact) why.Add($"the level is \"{l.Text}\"");
        if (changeBound != ValueBound.Exact) why.Add($"the change is \"{c.Text}\"");
        return why.Count == 0 ? rule : $"{rule}; {Describe(bound)} because {string.Join(" and ", why)}";
    }

    internal static string Describe(ValueBound bound) => bound switch
    {
        ValueBound.Lower => "a lower bound",
        ValueBound.Upper => "an upper bound",
        ValueBound.Approximate => "approximate",
        ValueBound.Indeterminate => "only indicative",
        _ => "exact",
    };

    private static ValueBound Flip(ValueBound bound) => bound switch
    {
        ValueBound.Lower => ValueBound.Upper,
        ValueBound.Upper => ValueBound.Lower,
        _ => bound,
    };
}

using System.Globalization;

namespace NewsFigures;

/// <summary>
/// Compound annual growth between two points: <see cref="Rate"/> percent a year over <see cref="Years"/> calendar years,
/// with the arithmetic written out and the bound that the two points' bounds allow.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record GrowthRate(SeriesPoint From, SeriesPoint To, int Years, double Rate, ValueBound Bound, string Arithmetic)
{
    public override string ToString() => Arithmetic;

    internal static GrowthRate Between(SeriesPoint from, SeriesPoint to)
    {
        int years = (PeriodText.CalendarYear(to.Period) ?? throw new ArgumentException($"'{to.Label}' has no year.", nameof(to)))
            - (PeriodText.CalendarYear(from.Period) ?? throw new ArgumentException($"'{from.Label}' has no year.", nameof(from)));
        if (years <= 0) throw new ArgumentException($"'{to.Label}' must be in a later year than '{from.Label}'.", nameof(to));
        if (from.Value <= 0 || to.Value <= 0) throw new ArgumentException("growth needs two positive values.", nameof(from));
        double rate = (Math.Pow(to.Value / from.Value, 1.0 / years) - 1) * 100;
        var bound = SeriesRules.Combine((to.Bound, +1), (from.Bound, -1));
        string sign = SeriesRules.Sign(bound);
        var arithmetic = string.Create(CultureInfo.InvariantCulture,
            $"({NumberText.Format(to.Value)} / {NumberText.Format(from.Value)})^(1/{years}) − 1 = {sign}{rate:0.0}% a year ({from.Label} → {to.Label}, {years} calendar year{(years == 1 ? "" : "s")})");
        if (bound is ValueBound.Lower or ValueBound.Upper or ValueBound.Indeterminate)
            arithmetic += $"; {BoundWords(bound)} because {Because(from, to)}";
        return new GrowthRate(from, to, years, rate, bound, arithmetic);
    }

    private static string BoundWords(ValueBound bound) => bound switch
    {
        ValueBound.Lower => "a lower bound",
        ValueBound.Upper => "an upper bound",
        _ => "only indicative",
    };

    private static string Because(SeriesPoint from, SeriesPoint to) =>
        string.Join(" and ", new[] { (from, "start"), (to, "end") }.Where(p => p.Item1.Bound is ValueBound.Lower or ValueBound.Upper or ValueBound.Indeterminate)
            .Select(p => $"the {p.Item2} is {SeriesRules.Sign(p.Item1.Bound).Trim()} {NumberText.Format(p.Item1.Value)}"));
}

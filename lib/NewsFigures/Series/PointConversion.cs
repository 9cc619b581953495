namespace NewsFigures;

/// <summary>Brings a point into its series' unit: by the units' decimal prefixes (<see cref="UnitScales"/>), or for a
/// currency at the rate its first source's file states (<see cref="ExchangeRates"/>). The point records the conversion.</summary>
internal static class PointConversion
{
    public static SeriesPoint Into(SeriesPoint point, string? unit, ExchangeRates rates)
    {
        if (unit is null || point.Unit is null || point.Unit == unit) return point;
        var conversion = UnitScales.Factor(point.Unit, unit) is { } factor
            ? new UnitConversion(point.Unit, unit, factor)
            : rates.For(point.Sources[0].File, point.Unit, unit);
        // Grouping joins only units it can convert; a point that still cannot be converted keeps its own unit.
        return conversion is null ? point : point with { Value = point.Value * conversion.Factor, Unit = unit, Conversion = conversion };
    }

    /// <summary>Whether figures in <paramref name="unit"/> can join a group in <paramref name="groupUnit"/>: the same
    /// unit (or either has none), another unit of the same measure, or a currency every figure's file gives a rate for.</summary>
    public static bool CanJoin(string? groupUnit, string? unit, IEnumerable<CorpusFigure> figures, ExchangeRates rates) =>
        groupUnit is null || unit is null || groupUnit == unit || UnitScales.Factor(unit, groupUnit) is not null
        || (ExchangeRates.IsCurrency(unit) && ExchangeRates.IsCurrency(groupUnit) && figures.All(f => rates.For(f.File, unit, groupUnit) is not null));
}

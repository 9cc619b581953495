using System.Collections.Frozen;

namespace NewsFigures;

/// <summary>
/// Units that measure the same thing at different decimal scales (the unit names <see cref="FigureExtractor"/> gives):
/// computing speed (FLOPS), storage (bytes), power (watts), energy (watt-hours), length and mass. Scale words ("million",
/// "billion") are already in a figure's value, so only the unit's own prefix is converted here. Currencies are not here:
/// they have no fixed factor (see <see cref="ExchangeRates"/>).
/// </summary>
internal static class UnitScales
{
    private static readonly FrozenDictionary<string, (string Measure, int Power)> Units = new Dictionary<string, (string, int)>
    {
        ["FLOPS"] = ("flops", 0), ["KFLOPS"] = ("flops", 3), ["MFLOPS"] = ("flops", 6), ["GFLOPS"] = ("flops", 9),
        ["TFLOPS"] = ("flops", 12), ["PFLOPS"] = ("flops", 15), ["EFLOPS"] = ("flops", 18), ["ZFLOPS"] = ("flops", 21),
        ["KB"] = ("bytes", 3), ["MB"] = ("bytes", 6), ["GB"] = ("bytes", 9), ["TB"] = ("bytes", 12),
        ["PB"] = ("bytes", 15), ["EB"] = ("bytes", 18), ["ZB"] = ("bytes", 21),
        ["W"] = ("watts", 0), ["kW"] = ("watts", 3), ["MW"] = ("watts", 6), ["GW"] = ("watts", 9), ["TW"] = ("watts", 12),
        ["Wh"] = ("watt-hours", 0), ["kWh"] = ("watt-hours", 3), ["MWh"] = ("watt-hours", 6), ["GWh"] = ("watt-hours", 9),
        ["TWh"] = ("watt-hours", 12),
        ["m"] = ("metres", 0), ["km"] = ("metres", 3),
        ["kg"] = ("kilograms", 0), ["ton"] = ("kilograms", 3),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What a value in <paramref name="from"/> is multiplied by to be in <paramref name="to"/>, or null when the
    /// two do not measure the same thing (or either is unknown). Equal units give 1.</summary>
    public static double? Factor(string from, string to)
    {
        if (from == to) return 1;
        if (!Units.TryGetValue(from, out var a) || !Units.TryGetValue(to, out var b) || a.Measure != b.Measure) return null;
        // From the powers of ten, not a ratio of two sizes: 10^-3 is the double nearest 0.001, 1e15 / 1e18 need not be.
        return Math.Pow(10, a.Power - b.Power);
    }
}

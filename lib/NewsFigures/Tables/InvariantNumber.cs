using System.Globalization;

namespace NewsFigures;

/// <summary>Numbers as written in every export: invariant culture, shortest text that reads back to the same double,
/// never an exponent (515000000, not 5.15E+08).</summary>
internal static class InvariantNumber
{
    public static string Format(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers can be written.");
        if (value == Math.Floor(value) && Math.Abs(value) < 1e18) return ((long)value).ToString(CultureInfo.InvariantCulture);
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('E')) return text;
        // Rare: very large or very small. "F" with enough digits spells the same double out without an exponent.
        var plain = value.ToString("F" + Math.Min(99, Math.Max(0, 17 - (int)Math.Floor(Math.Log10(Math.Abs(value))))), CultureInfo.InvariantCulture);
        return plain.Contains('.') ? plain.TrimEnd('0').TrimEnd('.') : plain;
    }

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

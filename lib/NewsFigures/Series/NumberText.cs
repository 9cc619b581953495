using System.Globalization;

namespace NewsFigures;

/// <summary>Numbers written the way the articles write them: "1,037.3", "725.4", "257.5 million", "40.29 billion".</summary>
public static class NumberText
{
    private static readonly (double Scale, string Word)[] Scales = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];

    /// <summary>About four significant digits, a scale word from a million up, invariant culture.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return value.ToString(CultureInfo.InvariantCulture);
        foreach (var (scale, word) in Scales)
            if (Math.Abs(value) >= scale) return $"{Plain(value / scale)} {word}";
        return Plain(value);
    }

    /// <summary>A value with its unit: "725.4 EFLOPS", "257.5 million users", "40.29 billion USD", "43%".</summary>
    public static string WithUnit(double value, string? unit) => unit switch
    {
        null => Format(value),
        "percent" => Format(value) + "%",
        "times" => Format(value) + " times",
        _ when unit.Any(char.IsUpper) => $"{Format(value)} {unit}",
        _ => $"{Format(value)} {(Math.Abs(value) == 1 ? unit : Plural(unit))}",
    };

    private static string Plain(double value)
    {
        double size = Math.Abs(value);
        int decimals = size >= 100 ? 1 : size >= 10 ? 2 : 3;
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0.###", CultureInfo.InvariantCulture);
    }

    private static string Plural(string noun) =>
        noun switch
        {
            "person" => "people",
            _ when noun.EndsWith('y') && noun.Length > 1 && !"aeiou".Contains(noun[^2]) => noun[..^1] + "ies",
            _ when noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) => noun + "es",
            _ => noun + "s",
        };
}

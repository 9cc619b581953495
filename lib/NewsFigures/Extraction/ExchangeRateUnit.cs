namespace NewsFigures;

/// <summary>
/// "The Real declined, sinking 3.2% to 1.8551", "the yen weakened to 110.25 per dollar": a bare number whose metric is a
/// currency is an exchange rate, counted in that currency (the dollar is left alone: "the dollar index rose to 104").
/// </summary>
internal static class ExchangeRateUnit
{
    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["real"] = "BRL", ["yen"] = "JPY", ["euro"] = "EUR", ["rupee"] = "INR", ["yuan"] = "CNY", ["renminbi"] = "CNY",
        ["sterling"] = "GBP", ["rouble"] = "RUB", ["ruble"] = "RUB", ["lira"] = "TRY", ["rand"] = "ZAR", ["franc"] = "CHF",
    };

    /// <summary>The currency code a bare number is counted in, or null.</summary>
    public static string? Of(FigureDraft c, FigureKind kind, string? metric)
    {
        if (metric is null || c.Unit.Class != UnitClass.None || c.Unit.Unit is not null || c.BorrowedUnit
            || c.Number.Form != NumberForm.Digits || kind != FigureKind.Level) return null;
        var words = metric.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Real", "Brazil real", "yen per dollar": the currency opens the metric, after a country at most
        for (int i = 0; i < Math.Min(2, words.Length); i++)
            if (Currencies.TryGetValue(words[i], out var code)) return code;
        return null;
    }
}

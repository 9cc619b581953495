using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>
/// Exchange rates as texts give them: an amount followed by the same amount in another currency in brackets,
/// "CNY3.6 trillion (USD497.1 billion)" or "1 trillion yuan (about 140 billion U.S. dollars)", gives that file the rate
/// between the two (and its inverse), with the sentence it comes from. A currency converts only at a rate its own file
/// states: nothing here is looked up or assumed, so without such a sentence another currency stays another series.
/// </summary>
internal sealed partial class ExchangeRates
{
    public static ExchangeRates None { get; } = new([]);

    private readonly Dictionary<(string File, string From, string To), UnitConversion> _rates;

    private ExchangeRates(Dictionary<(string File, string From, string To), UnitConversion> rates) => _rates = rates;

    /// <summary>The first rate each file states for each pair of currencies, in file order.</summary>
    public static ExchangeRates From(IEnumerable<CorpusFigure> figures)
    {
        var rates = new Dictionary<(string File, string From, string To), UnitConversion>();
        var currency = figures.Where(f => IsCurrency(f.Figure.Unit) && f.Figure.Value != 0 && !SeriesRules.IsChange(f.Figure));
        foreach (var sentence in currency.GroupBy(f => (f.File, f.PieceNumber, f.Figure.Sentence)))
        {
            var stated = sentence.ToList();
            for (int i = 0; i + 1 < stated.Count; i++)
            {
                Figure amount = stated[i].Figure, same = stated[i + 1].Figure;
                if (amount.Unit == same.Unit || !Bracketed(amount, same)) continue;
                rates.TryAdd((stated[i].File, amount.Unit!, same.Unit!), new UnitConversion(amount.Unit!, same.Unit!, same.Value / amount.Value, amount.Sentence));
                rates.TryAdd((stated[i].File, same.Unit!, amount.Unit!), new UnitConversion(same.Unit!, amount.Unit!, amount.Value / same.Value, amount.Sentence));
            }
        }
        return new ExchangeRates(rates);
    }

    /// <summary>The rate a file gives from one currency to another, or null when it gives none.</summary>
    public UnitConversion? For(string file, string from, string to) => _rates.GetValueOrDefault((file, from, to));

    /// <summary>An ISO 4217 code, as the extractor writes currencies ("USD", "CNY").</summary>
    public static bool IsCurrency(string? unit) => unit is { Length: 3 } && unit.All(char.IsAsciiLetterUpper);

    // The second amount follows the first at once, in brackets, with at most a word of approximation between.
    private static bool Bracketed(Figure amount, Figure same)
    {
        int first = amount.Sentence.IndexOf(amount.Text, StringComparison.Ordinal);
        if (first < 0) return false;
        int end = first + amount.Text.Length;
        int second = amount.Sentence.IndexOf(same.Text, end, StringComparison.Ordinal);
        return second >= 0 && BracketBetween().IsMatch(amount.Sentence.AsSpan(end, second - end));
    }

    [GeneratedRegex(@"^\s*[(\[]\s*(?:(?:about|around|approximately|roughly|some|nearly|or|equal to|equivalent to)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketBetween();
}

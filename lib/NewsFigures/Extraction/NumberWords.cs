using System.Collections.Frozen;

namespace NewsFigures;

/// <summary>Values of number words: cardinals, scale words, fraction words and multiplier verbs.</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Values =
        new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
        {
            ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
            ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
            ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
            ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
            ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
            ["quadrillion"] = 1e15, ["quintillion"] = 1e18,
            ["bn"] = 1e9, ["mn"] = 1e6, ["tn"] = 1e12, ["trn"] = 1e12, ["k"] = 1e3,
            ["mln"] = 1e6, ["bln"] = 1e9, ["bil"] = 1e9, ["m"] = 1e6, ["b"] = 1e9, // "$13.3 bil"
            ["millions"] = 1e6, ["billions"] = 1e9, // "1.7 millions", "11.3 millions tonnes": plural after digits (ReadDigits)
            ["lakh"] = 1e5, ["lakhs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7, ["cr"] = 1e7, // "₹3,043 cr"
            // multiples written as words: twice those of 1990, double the price
            ["twice"] = 2, ["double"] = 2, ["thrice"] = 3, ["triple"] = 3, ["quadruple"] = 4,
            // fractions as the share of a whole, in percent
            ["half"] = 50, ["third"] = 100.0 / 3, ["thirds"] = 100.0 / 3, ["quarter"] = 25, ["quarters"] = 25,
            ["fifth"] = 20, ["fifths"] = 20, ["tenth"] = 10, ["tenths"] = 10,
            // multiplier verbs as factors
            ["doubled"] = 2, ["doubling"] = 2, ["tripled"] = 3, ["tripling"] = 3, ["quadrupled"] = 4, ["quadrupling"] = 4, ["halved"] = 0.5,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static double ValueOf(ReadOnlySpan<char> word) => Values.TryGetValue(word, out var v) ? v : double.NaN;

    /// <summary>Scale words that may stick to digits: 3bn, 20k, 600mln.</summary>
    public static bool IsScaleSuffix(ReadOnlySpan<char> word) =>
        word.Equals("bn", StringComparison.OrdinalIgnoreCase) || word.Equals("mn", StringComparison.OrdinalIgnoreCase)
        || word.Equals("tn", StringComparison.OrdinalIgnoreCase) || word.Equals("trn", StringComparison.OrdinalIgnoreCase)
        || word.Equals("k", StringComparison.OrdinalIgnoreCase) || word.Equals("mln", StringComparison.OrdinalIgnoreCase)
        || word.Equals("bln", StringComparison.OrdinalIgnoreCase)
        // "£3.6billion", "$1.5million": the word itself, its space lost
        || word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.Equals("billion", StringComparison.OrdinalIgnoreCase)
        || word.Equals("trillion", StringComparison.OrdinalIgnoreCase);

    /// <summary>"m" and "b" stuck to digits, which are millions and billions only where no length or rate reading fits
    /// (see <see cref="NumberReader"/>): €85m, 2m, $3b, but not 100m sprint, 250,000b/d.</summary>
    public static bool IsShortScaleSuffix(ReadOnlySpan<char> word) =>
        word.Equals("m", StringComparison.Ordinal) || word.Equals("b", StringComparison.Ordinal);
}

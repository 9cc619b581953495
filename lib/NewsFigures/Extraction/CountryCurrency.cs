using System.Collections.Frozen;

namespace NewsFigures;

/// <summary>
/// A currency named by its country's adjective after the amount: "300 million Australian dollars" (AUD), "11.7 trillion
/// Norwegian kroner" (NOK), "40 billion Egyptian pounds" (EGP), "5 billion Swedish crowns" (SEK). The adjective decides the
/// code, whatever the currency's own word would mean alone ("dollars", "crowns", "pounds" name many).
/// </summary>
internal static class CountryCurrency
{
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByAdjective =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["US"] = "USD", ["U.S."] = "USD", ["American"] = "USD", ["Australian"] = "AUD", ["Canadian"] = "CAD",
            ["New Zealand"] = "NZD", ["Hong Kong"] = "HKD", ["Singapore"] = "SGD", ["Taiwan"] = "TWD", ["New Taiwan"] = "TWD",
            ["Norwegian"] = "NOK", ["Swedish"] = "SEK", ["Danish"] = "DKK", ["Czech"] = "CZK", ["Icelandic"] = "ISK",
            ["Swiss"] = "CHF", ["British"] = "GBP", ["Polish"] = "PLN", ["Hungarian"] = "HUF", ["Russian"] = "RUB",
            ["Ukrainian"] = "UAH", ["Turkish"] = "TRY", ["Israeli"] = "ILS",
            ["Mexican"] = "MXN", ["Philippine"] = "PHP", ["Argentine"] = "ARS", ["Argentinian"] = "ARS", ["Chilean"] = "CLP",
            ["Colombian"] = "COP", ["Brazilian"] = "BRL", ["Jamaican"] = "JMD",
            ["Egyptian"] = "EGP", ["Saudi"] = "SAR", ["Qatari"] = "QAR", ["Emirati"] = "AED", ["UAE"] = "AED", ["Moroccan"] = "MAD",
            ["Kuwaiti"] = "KWD", ["Bahraini"] = "BHD", ["Omani"] = "OMR", ["Jordanian"] = "JOD", ["Iraqi"] = "IQD",
            ["Algerian"] = "DZD", ["Tunisian"] = "TND", ["Lebanese"] = "LBP", ["Iranian"] = "IRR",
            ["Indian"] = "INR", ["Pakistani"] = "PKR", ["Sri Lankan"] = "LKR", ["Nepalese"] = "NPR", ["Nepali"] = "NPR",
            ["Bangladeshi"] = "BDT", ["Chinese"] = "CNY", ["Japanese"] = "JPY", ["South Korean"] = "KRW", ["Korean"] = "KRW",
            ["Indonesian"] = "IDR", ["Malaysian"] = "MYR", ["Thai"] = "THB", ["Vietnamese"] = "VND",
            ["Kenyan"] = "KES", ["Ugandan"] = "UGX", ["Tanzanian"] = "TZS", ["South African"] = "ZAR", ["Nigerian"] = "NGN",
            ["Ghanaian"] = "GHS", ["Zambian"] = "ZMW", ["Namibian"] = "NAD", ["Ethiopian"] = "ETB", ["Fijian"] = "FJD",
            ["CFA"] = "XOF", // "1,800 CFA francs": West Africa's franc (Central Africa's, XAF, is written the same, less often)
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // the currencies' own words, singular and plural, lower case as running text writes them
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Names = FrozenSet.Create(StringComparer.Ordinal,
        "dollar", "dollars", "pound", "pounds", "crown", "crowns", "krone", "kroner", "krona", "kronor", "peso", "pesos",
        "rupee", "rupees", "yen", "yuan", "riyal", "riyals", "rial", "rials", "dirham", "dirhams", "rand", "shilling",
        "shillings", "naira", "real", "reals", "reais", "franc", "francs", "dinar", "dinars", "won", "ringgit", "baht", "rupiah", "lira",
        "liras", "zloty", "zlotys", "forint", "forints", "hryvnia", "hryvnias", "rouble", "roubles", "ruble", "rubles", "cedi",
        "cedis", "kwacha", "dong", "shekel", "shekels", "taka", "birr", "lei", "koruna", "korunas").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The code and last token of a currency named at <paramref name="j"/> by a country's adjective of one or two
    /// words and the currency's word, or null.</summary>
    public static (string Code, int Last)? At(SentenceTokens s, int j)
    {
        if (!s.IsWord(j) || s.IsLower(j)) return null;
        if (s.IsWord(j + 1) && !s.Touches(j + 1) && s.IsWord(j + 2) && s.IsLower(j + 2) && Names.Contains(s.Span(j + 2))
            && ByAdjective.TryGetValue($"{s.Span(j)} {s.Span(j + 1)}", out var two))
            return (two, j + 2);
        return s.IsWord(j + 1) && s.IsLower(j + 1) && Names.Contains(s.Span(j + 1)) && ByAdjective.TryGetValue(s.Span(j), out var one)
            ? (one, j + 1) : null;
    }
}

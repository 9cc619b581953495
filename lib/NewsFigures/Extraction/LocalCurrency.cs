namespace NewsFigures;

/// <summary>
/// Which dollar a bare "$" means in a text: the Australian, New Zealand, Canadian, Hong Kong or Singapore dollar when the text
/// names that country (its places and its market) at least twice and more often than the United States (and than any
/// country without a dollar of its own: "Sri Lanka" against "Australia"), else the US dollar.
/// "US$" and "U.S. dollars" stay US dollars whatever the text. Which rupee "Rs" means, the same way: Pakistan's, Sri
/// Lanka's or Nepal's against India's; whether "¥" is Japan's yen or China's yuan; whether cents are euro cents; and pounds,
/// riyals, dirhams and pesos named in words, Egypt's, Qatar's, Morocco's and four countries' pesos against Britain's, Saudi
/// Arabia's, the UAE's and Mexico's.
/// </summary>
internal static class LocalCurrency
{
    private static readonly (string Code, string[] Cues)[] DollarCountries =
    [
        ("AUD", ["Australia", "Australian", "Sydney", "Melbourne", "Brisbane", "Perth", "Canberra", "ASX"]),
        ("NZD", ["New Zealand", "Auckland", "Wellington", "Christchurch", "NZX"]),
        ("CAD", ["Canada", "Canadian", "Toronto", "Montreal", "Vancouver", "Ottawa", "TSX"]),
        ("HKD", ["Hong Kong"]),
        ("SGD", ["Singapore"]),
    ];

    private static readonly string[] UnitedStates = ["U.S.", "United States", "American", "Wall Street", "Nasdaq", "NYSE", "Washington", "US "];

    private static readonly (string Code, string[] Cues)[] RupeeCountries =
    [
        ("PKR", ["Pakistan", "Pakistani", "Karachi", "Lahore", "Islamabad"]),
        ("LKR", ["Sri Lanka", "Sri Lankan", "Colombo"]),
        ("NPR", ["Nepal", "Nepalese", "Kathmandu"]),
    ];

    private static readonly string[] India = ["India", "Indian", "Delhi", "Mumbai", "Sensex", "Nifty"];

    private static readonly (string Code, string[] Cues)[] YenCountries = [("JPY", ["Japan", "Japanese", "Tokyo", "Osaka", "Nikkei", "Topix", "yen"])];

    // A currency named in words that several countries use: the code the unit reader gives, the country that uses the same
    // word, and the words that name each ("414.964 billion pounds" in a text about the Egyptian Exchange)
    private static readonly (string Usual, string Word, (string Code, string[] Cues)[] Local, string[] UsualCues)[] SharedNames =
    [
        ("GBP", "pound", [("EGP", ["Egypt", "Egyptian", "Cairo", "EGX"])], ["Britain", "British", "UK", "England", "London"]),
        ("SAR", "riyal", [("QAR", ["Qatar", "Qatari", "Doha"])], ["Saudi", "Riyadh", "Tadawul"]),
        ("AED", "dirham", [("MAD", ["Morocco", "Moroccan", "Rabat", "Casablanca"])], ["UAE", "Emirates", "Dubai", "Abu Dhabi"]),
        ("MXN", "peso",
            [("PHP", ["Philippines", "Philippine", "Filipino", "Manila"]), ("ARS", ["Argentina", "Argentine", "Buenos Aires"]),
             ("CLP", ["Chile", "Chilean", "Santiago"]), ("COP", ["Colombia", "Colombian", "Bogota", "Bogotá"])],
            ["Mexico", "Mexican"]),
        ("NOK", "krone", [("DKK", ["Denmark", "Danish", "Copenhagen"])], ["Norway", "Norwegian", "Oslo"]),
    ];

    // the kwacha is Zambia's and Malawi's ("K5.1 billion" from a bank in Blantyre)
    private static readonly (string Code, string[] Cues)[] KwachaCountries = [("MWK", ["Malawi", "Malawian", "Lilongwe", "Blantyre"])];

    private static readonly string[] Zambia = ["Zambia", "Zambian", "Lusaka"];

    private static readonly string[] China = ["China", "Chinese", "Beijing", "Shanghai", "Shenzhen", "yuan", "RMB", "renminbi"];

    private static readonly (string Code, string[] Cues)[] EuroCountries =
        [("EUR", ["euro", "euros", "€", "eurozone", "Germany", "German", "France", "French", "Italy", "Spain", "Netherlands", "Austria"])];

    // ("US$5.3 billion": the "$" after "US" is no word's start, so it is a cue of its own)
    private static readonly string[] Dollar = ["$", "US$", "dollar", "dollars", "U.S.", "United States", "American", "US "];

    private const int MinCues = 2;

    /// <summary>Reads each figure's currency as the text's own, in turn: its dollar ("$427 million" in a text about an
    /// Australian insurer), its rupee ("Rs943.136 million" about a Pakistani company), euro cents ("34.30 cents" about
    /// German power prices) and the yen ("¥283,868" about Japanese wages). Each text is read for a currency only when a
    /// figure is in the one it may replace.</summary>
    public static void Apply(List<Figure> figures, string text)
    {
        Replace(figures, "USD", () => DollarOf(text), ApplyDollar);
        Replace(figures, "INR", () => RupeeOf(text), ApplyRupee);
        Replace(figures, "USD", () => CentsOf(text), ApplyCents);
        Replace(figures, "USD", () => CentsOfAmounts(figures), ApplyCentSign);
        Replace(figures, "CNY", () => YenOf(text), ApplyYen);
        Replace(figures, "ZMW", () => Of(text, KwachaCountries, Zambia), (figure, code) => figure.Unit == "ZMW" ? figure with { Unit = code } : figure);
        foreach (var (usual, word, local, usualCues) in SharedNames)
            Replace(figures, usual, () => Of(text, local, usualCues), (figure, code) => NamedIn(figure, usual, word) ? figure with { Unit = code } : figure);
    }

    // "414.964 billion pounds": the currency written as its name, not its sign
    private static bool NamedIn(Figure figure, string usual, string word) =>
        figure.Unit == usual && figure.Text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static void Replace(List<Figure> figures, string usual, Func<string?> localOf, Func<Figure, string, Figure> apply)
    {
        if (!figures.Exists(f => f.Unit == usual) || localOf() is not { } local) return;
        for (int i = 0; i < figures.Count; i++) figures[i] = apply(figures[i], local);
    }

    /// <summary>The ISO code of the text's own dollar, or null for the US dollar (also when the text writes its own dollar
    /// with its prefix, "S$2.6 billion ($1.9 billion)": the bare "$" beside it is the US dollar).</summary>
    private static string? DollarOf(string text) =>
        Of(text, DollarCountries, UnitedStates) is { } code && !WritesOwnPrefix(text, code) && !AboutAnotherCountry(text, code) && NamedInLead(text, code)
            ? code : null;

    // "Economic damage from world's major quakes nears $1T ... New Zealand's 6.3 magnitude Christchurch earthquake": a text
    // in a country's own dollars names that country in its headline or lead, not first in its later paragraphs
    private static bool NamedInLead(string text, string code)
    {
        var lead = text[..Math.Min(text.Length, LeadChars)];
        return CuesOf(code).Any(cue => Count(lead, cue) > 0);
    }

    private const int LeadChars = 1000;

    // the words that name the country whose dollar has this code
    private static string[] CuesOf(string code) => DollarCountries.First(c => c.Code == code).Cues;

    // "Tourist arrivals to Sri Lanka ... from Australia": a text that names a country without a dollar of its own more often
    // than the dollar country means the US dollar by "$"
    private static readonly string[][] CountriesWithoutDollar =
    [
        ["India", "Indian"], ["Pakistan", "Pakistani"], ["Sri Lanka", "Sri Lankan"], ["China", "Chinese"], ["Japan", "Japanese"],
        ["Kenya", "Kenyan"], ["Nigeria", "Nigerian"], ["South Africa", "South African"], ["Ghana", "Ghanaian"], ["Malaysia", "Malaysian"],
        ["Philippines", "Filipino"], ["Britain", "British", "UK"], ["Ireland", "Irish"],
    ];

    private static bool AboutAnotherCountry(string text, string code)
    {
        int own = CuesOf(code).Sum(cue => Count(text, cue));
        return CountriesWithoutDollar.Any(cues => cues.Sum(cue => Count(text, cue)) > own);
    }

    private static readonly (string Code, string[] Prefixes)[] DollarPrefixes =
    [
        ("AUD", ["A$", "AU$", "AUD$"]), ("NZD", ["NZ$"]), ("CAD", ["C$", "CA$", "CAD$"]), ("HKD", ["HK$"]), ("SGD", ["S$", "SG$"]),
    ];

    private static bool WritesOwnPrefix(string text, string code)
    {
        foreach (var (c, prefixes) in DollarPrefixes)
        {
            if (c != code) continue;
            foreach (var prefix in prefixes)
                for (int at = text.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal))
                    if (at == 0 || !char.IsLetter(text[at - 1])) return true; // not the "S$" of "US$"
        }
        return false;
    }

    /// <summary>The ISO code of the text's own rupee, or null for the Indian rupee.</summary>
    private static string? RupeeOf(string text) => Of(text, RupeeCountries, India);

    /// <summary>"JPY" when a bare "¥" in the text is the Japanese yen (the text names Japan more than China), else null
    /// for the Chinese yuan.</summary>
    private static string? YenOf(string text) => Of(text, YenCountries, China);

    /// <summary>The figure with its unit read as the yen, when it is written with "¥".</summary>
    private static Figure ApplyYen(Figure figure, string localCode) =>
        figure.Unit == "CNY" && figure.Text.Contains('¥') ? figure with { Unit = localCode } : figure;

    /// <summary>"EUR" when bare cents in the text are euro cents (it names the euro or a euro country more than the dollar),
    /// else null.</summary>
    private static string? CentsOf(string text) => Of(text, EuroCountries, Dollar);

    /// <summary>The currency most of the text's other amounts are in ("R20.07" and "R17.92" beside "81c/l": the rand), when at
    /// least two are and it is not the US dollar; else null.</summary>
    private static string? CentsOfAmounts(List<Figure> figures)
    {
        var money = figures.Where(f => f.Unit is { Length: 3 } unit && unit.All(char.IsAsciiLetterUpper) && !IsInCents(f)).GroupBy(f => f.Unit)
            .Select(g => (Code: g.Key!, Count: g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Code, StringComparer.Ordinal).ToList();
        return money.Count > 0 && money[0].Count >= MinCues && money[0].Code != "USD" ? money[0].Code : null;
    }

    /// <summary>The figure with its unit read as the text's cents, when it is written in cents with no dollar sign, in a
    /// sentence with none ("net income was US$143 million, or 78 cents per share": the dollar's cents).</summary>
    private static Figure ApplyCents(Figure figure, string localCode) =>
        figure.Unit == "USD" && IsInCents(figure) && !figure.Sentence.Contains('$') ? figure with { Unit = localCode } : figure;

    /// <summary>The figure with its unit read as the cents of the text's amounts, when it is written with a "c" ("81c/l"), or
    /// in "cents" when that currency's hundredths are cents ("952.5 cents" beside "R168.0 billion"; a British text's "50
    /// cents" stay a dollar's, its hundredths being pence).</summary>
    private static Figure ApplyCentSign(Figure figure, string localCode) =>
        figure.Unit == "USD" && (WritesCentSign(figure.Text) || IsInCents(figure) && HundredthsAreCents.Contains(localCode))
            ? figure with { Unit = localCode } : figure;

    private static readonly HashSet<string> HundredthsAreCents =
        ["ZAR", "NAD", "KES", "UGX", "TZS", "EUR", "AUD", "NZD", "CAD", "HKD", "SGD", "LKR", "MUR", "JMD", "TTD"];

    // "34.30 cents", "81c" (no dollar sign)
    private static bool IsInCents(Figure figure) =>
        !figure.Text.Contains('$') && (figure.Text.EndsWith("cents", StringComparison.Ordinal) || figure.Text.EndsWith("cent", StringComparison.Ordinal)
                                       || WritesCentSign(figure.Text));

    private static bool WritesCentSign(string text) => text.Length > 1 && text[^1] == 'c' && char.IsAsciiDigit(text[^2]);

    private static string? Of(string text, (string Code, string[] Cues)[] countries, string[] usual)
    {
        int others = usual.Sum(cue => Count(text, cue));
        var (code, count) = countries.Select(c => (c.Code, Count: c.Cues.Sum(cue => Count(text, cue)))).MaxBy(c => c.Count);
        return count >= MinCues && count > others ? code : null;
    }

    /// <summary>The figure with its unit read as the local rupee, when it is written "Rs" or in rupees.</summary>
    private static Figure ApplyRupee(Figure figure, string localCode) =>
        figure.Unit == "INR" && (WritesRs(figure.Text) || figure.Text.Contains("rupee", StringComparison.OrdinalIgnoreCase) || Unmarked(figure.Text))
            ? figure with { Unit = localCode } : figure;

    // "Rs 796.3 billion", and after a qualifier, "almost Rs 2.55 trillion"
    private static bool WritesRs(string text)
    {
        foreach (var word in text.Split(' ')) if (word.StartsWith("Rs", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The figure with its unit read as the local dollar, when it is written with a bare "$" or in cents.</summary>
    private static Figure ApplyDollar(Figure figure, string localCode)
    {
        // "US dollar spot gold prices reached a record $2 532": the sentence says which dollar
        if (figure.Unit != "USD" || NamesUsDollar(figure.Sentence)) return figure;
        var t = figure.Text;
        int dollar = t.IndexOf('$');
        bool bare = dollar >= 0 && !(dollar >= 2 && t.AsSpan(dollar - 2, 2) is "US" or "S." || dollar >= 1 && t[dollar - 1] is 'U' or 'S')
            && !(dollar + 1 < t.Length && char.IsLetter(t[dollar + 1]));
        bool cents = IsInCents(figure);
        return bare || cents || Unmarked(t) ? figure with { Unit = localCode } : figure;
    }

    // "from 3.8 billion" after "$4.3 billion": a number that took its currency from an amount beside it (BareNumberUnit)
    // writes none of its own, and is in the same money
    private static bool Unmarked(string text) =>
        !text.Contains('$') && !text.Any(char.IsUpper) && !text.Contains("dollar", StringComparison.Ordinal)
        && !text.Contains("rupee", StringComparison.Ordinal) && !text.Contains("cent", StringComparison.Ordinal);

    private static bool NamesUsDollar(string sentence) =>
        sentence.Contains("US dollar", StringComparison.OrdinalIgnoreCase) || sentence.Contains("U.S. dollar", StringComparison.OrdinalIgnoreCase);

    // whole-word occurrences
    private static int Count(string text, string cue)
    {
        int n = 0;
        for (int at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + cue.Length, StringComparison.Ordinal))
        {
            bool startOk = at == 0 || !char.IsLetter(text[at - 1]);
            int end = at + cue.Length;
            bool endOk = end >= text.Length || !char.IsLetter(text[end]) || cue.EndsWith(' ');
            if (startOk && endOk) n++;
        }
        return n;
    }
}

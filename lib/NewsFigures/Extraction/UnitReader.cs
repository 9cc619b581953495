using System.Collections.Frozen;
using System.Globalization;

namespace NewsFigures;

/// <summary>
/// Reads the unit of a number: a currency before it ($, US$, RMB, €), a unit after it (%, percent, times,
/// yuan, dollars, EFLOPS, GW, km), a compound ("seven-day", "13-point"), or the counted noun phrase that
/// follows ("626 regular universities", "696 technology-based small and medium-sized enterprises").
/// Classifiers ("10,000 units") stand for the noun they count, found earlier in the sentence ("units" of electricity
/// are kWh). Rates ("1.2mb/d", "90,000 barrels per day", "reads/s"), cents, a part's whole ("four of the nine museums")
/// and the end of a range ("3-5%") give their units too.
/// </summary>
internal static class UnitReader
{
    private const int MaxNounWords = 7;

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Currencies =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["yuan"] = "CNY", ["rmb"] = "CNY", ["renminbi"] = "CNY", ["cny"] = "CNY", ["dollars"] = "USD", ["dollar"] = "USD",
            ["usd"] = "USD", ["euros"] = "EUR", ["euro"] = "EUR", ["eur"] = "EUR", ["yen"] = "JPY", ["jpy"] = "JPY",
            ["rupees"] = "INR", ["inr"] = "INR", ["gbp"] = "GBP", ["hkd"] = "HKD",
            ["aud"] = "AUD", ["cad"] = "CAD", ["nzd"] = "NZD", ["sgd"] = "SGD", ["chf"] = "CHF", ["brl"] = "BRL", ["zar"] = "ZAR",
            ["kes"] = "KES", ["krw"] = "KRW", ["mxn"] = "MXN", ["sek"] = "SEK", ["nok"] = "NOK", ["dkk"] = "DKK", ["pln"] = "PLN",
            // ISO codes the business pages of Africa and Asia write before amounts ("UGX933.8bn", "GHS 2.5 billion"); not
            // those that are also words in capitals ("COP", "TRY", "PEN", "MAD")
            ["ugx"] = "UGX", ["tzs"] = "TZS", ["ghs"] = "GHS", ["ghc"] = "GHS", ["ngn"] = "NGN", ["rwf"] = "RWF", ["etb"] = "ETB", ["egp"] = "EGP",
            ["pkr"] = "PKR", ["bdt"] = "BDT", ["lkr"] = "LKR", ["npr"] = "NPR", ["php"] = "PHP", ["vnd"] = "VND", ["thb"] = "THB",
            ["idr"] = "IDR", ["myr"] = "MYR", ["twd"] = "TWD", ["aed"] = "AED", ["sar"] = "SAR", ["qar"] = "QAR", ["kwd"] = "KWD",
            ["czk"] = "CZK", ["huf"] = "HUF", ["ars"] = "ARS", ["clp"] = "CLP", ["rub"] = "RUB", ["uah"] = "UAH", ["zmw"] = "ZMW",
            ["xof"] = "XOF", ["xaf"] = "XAF", ["mop"] = "MOP", ["ils"] = "ILS",
            // currencies named in words that only one country uses (or, for the shilling, whose news is mostly Kenya's)
            ["shillings"] = "KES", ["shilling"] = "KES", ["rand"] = "ZAR", ["naira"] = "NGN", ["ringgit"] = "MYR", ["baht"] = "THB",
            ["rupiah"] = "IDR", ["lira"] = "TRY", ["zloty"] = "PLN", ["zlotys"] = "PLN", ["roubles"] = "RUB", ["rubles"] = "RUB",
            ["rouble"] = "RUB", ["ruble"] = "RUB", ["reais"] = "BRL", ["reals"] = "BRL", ["hryvnias"] = "UAH", ["hryvnia"] = "UAH", ["cedis"] = "GHS",
            ["lei"] = "RON", ["forint"] = "HUF", ["forints"] = "HUF", ["koruna"] = "CZK", ["taka"] = "BDT", ["tenge"] = "KZT",
            ["patacas"] = "MOP", ["pataca"] = "MOP", ["kwacha"] = "ZMW", ["birr"] = "ETB", ["shekels"] = "ILS", ["shekel"] = "ILS",
            ["kronor"] = "SEK", ["krona"] = "SEK",
            // named in words by more than one country: the one whose news writes it most, read again against the text's country
            // (LocalCurrency: Qatar's riyal, Morocco's dirham, the Philippine, Argentine, Chilean and Colombian pesos, Denmark's krone)
            ["riyals"] = "SAR", ["riyal"] = "SAR", ["dirhams"] = "AED", ["dirham"] = "AED", ["pesos"] = "MXN", ["peso"] = "MXN",
            ["kroner"] = "NOK", ["krone"] = "NOK",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Measures =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["eflops"] = "EFLOPS", ["pflops"] = "PFLOPS", ["tflops"] = "TFLOPS", ["gflops"] = "GFLOPS", ["flops"] = "FLOPS",
            ["mtpa"] = "MTPA", // "77.2 MTPA": an LNG plant's million tonnes a year
            ["gwdc"] = "GW", ["gwac"] = "GW", ["mwdc"] = "MW", ["mwac"] = "MW", // "2.6 GWdc of PV": solar capacity in DC or AC
            ["gw"] = "GW", ["mw"] = "MW", ["kw"] = "kW", ["tw"] = "TW", ["gwh"] = "GWh", ["twh"] = "TWh", ["kwh"] = "kWh", ["mwh"] = "MWh",
            ["gigawatts"] = "GW", ["megawatts"] = "MW", ["kilowatts"] = "kW", ["terawatt-hours"] = "TWh", ["kilowatt-hours"] = "kWh",
            ["gigawatt-hours"] = "GWh", ["megawatt-hours"] = "MWh", ["terawatt-hour"] = "TWh", ["gigawatt-hour"] = "GWh",
            ["megawatt-hour"] = "MWh", ["kilowatt-hour"] = "kWh", ["terawatts"] = "TW", ["terawatt"] = "TW",
            ["acre-feet"] = "acre-foot", ["acre-foot"] = "acre-foot", ["acre-ft"] = "acre-foot", // water held in reservoirs
            ["gigawatt"] = "GW", ["megawatt"] = "MW", ["kilowatt"] = "kW", ["kilogram"] = "kg",
            ["km"] = "km", ["kilometers"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometre"] = "km",
            ["meters"] = "m", ["metres"] = "m", ["meter"] = "m", ["metre"] = "m", ["miles"] = "mile", ["mile"] = "mile",
            ["kg"] = "kg", ["kilograms"] = "kg", ["tonnes"] = "tonne", ["tonne"] = "tonne", ["tons"] = "ton", ["ton"] = "ton",
            ["petaflops"] = "PFLOPS", ["exaflops"] = "EFLOPS", ["teraflops"] = "TFLOPS", ["ms"] = "ms", ["milliseconds"] = "ms",
            ["teu"] = "TEU", ["teus"] = "TEU", ["oz"] = "ounce", ["bcm"] = "bcm", ["bcf"] = "bcf", ["tcf"] = "tcf", ["mph"] = "mph",
            ["hectares"] = "hectare", ["ha"] = "hectare", ["hectolitres"] = "hectolitre", ["hectolitre"] = "hectolitre",
            ["hectoliters"] = "hectolitre", ["hectoliter"] = "hectolitre", ["tb"] = "TB", ["pb"] = "PB", ["eb"] = "EB", ["gb"] = "GB", ["mb"] = "MB",
            ["points"] = "point", ["point"] = "point", ["gbps"] = "Gbps", ["mbps"] = "Mbps", ["kbps"] = "kbps", ["nm"] = "nm", ["mm"] = "mm", ["millimetres"] = "mm", ["millimeters"] = "mm", ["millimetre"] = "mm", ["millimeter"] = "mm",
            ["cm"] = "cm", ["centimetres"] = "cm", ["centimeters"] = "cm", ["ghz"] = "GHz", ["mhz"] = "MHz", ["bpd"] = "bpd", ["boe"] = "boe",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsMeasureUnit(ReadOnlySpan<char> word) => Measures.TryGetValue(word, out _);

    public static bool IsCurrencyWord(ReadOnlySpan<char> word) => Currencies.TryGetValue(word, out _);

    /// <summary>"Rs", "Sh", "USD": a currency written as a word before its amount (an abbreviation or an ISO code).</summary>
    public static bool IsCurrencyPrefix(ReadOnlySpan<char> word) => IsCurrencyCode(word) || AbbreviatedCurrency(word) is not null;

    /// <summary>"USD", "EUR", "KES": a currency's ISO code in capitals.</summary>
    public static bool IsCurrencyCode(ReadOnlySpan<char> word) =>
        word.Length == 3 && char.IsUpper(word[0]) && char.IsUpper(word[1]) && char.IsUpper(word[2]) && Currencies.TryGetValue(word, out _);

    /// <summary>"a dividend of 12p per share", "up 1.18% at 149.24p": a lower-case "p" stuck to the digits is pence (not a
    /// video's "720p" or "1080p").</summary>
    public static bool IsPenceSuffix(SentenceTokens s, int j) =>
        s.Is(j, "p") && s.IsLower(j) && s.Touches(j) && s.IsDigits(j - 1) && !(s.Touches(j + 1) && s.IsWord(j + 1))
        && s.Span(j - 1) is not ("144" or "240" or "360" or "480" or "720" or "1080" or "1440" or "2160");

    /// <summary>"81c/l", "the 6c difference", "up 73c": South African, Australian and Irish papers write cents as a lower-case
    /// "c" stuck to the digits, with no word or digit stuck after it.</summary>
    public static bool IsCentSuffix(SentenceTokens s, int j) =>
        s.Is(j, "c") && s.IsLower(j) && s.Touches(j) && s.IsDigits(j - 1) && !(s.Touches(j + 1) && (s.IsWord(j + 1) || s.IsDigits(j + 1)));

    /// <summary>"50pc", "a 25pc fall", "is 1.63 pc.": British, Irish and Indian papers write percent as a lower-case "pc"
    /// after the digits, stuck to them or ending the phrase ("PCs" are computers).</summary>
    public static bool IsPcSuffix(SentenceTokens s, int j) =>
        s.IsLower(j) && s.Span(j).SequenceEqual("pc") && s.IsDigits(j - 1)
        && (s.Touches(j) || !s.IsWord(j + 1) || s.Has(j + 1, WordClass.Preposition | WordClass.Conjunction | WordClass.Stopword | WordClass.Determiner));

    // "bill", "price", "revenue": words of money
    private static bool SpeaksOfMoney(SentenceTokens s) => HasWordOf(s, MoneyWords);

    // "production", "output", "milk", "harvest": words of what is produced and weighed
    private static bool SpeaksOfProduce(SentenceTokens s) => HasWordOf(s, ProduceWords);

    // a word of the set anywhere in the sentence, in lower case (or opening the sentence)
    private static bool HasWordOf(SentenceTokens s, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        for (int k = s.First; k < s.End; k++)
            if (s.IsWord(k) && (s.IsLower(k) || k == s.First) && words.Contains(s.Span(k))) return true;
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MoneyWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "bill", "bills", "price", "prices", "cost", "costs", "fee", "fees", "fare", "fares", "salary", "wage", "wages", "rent", "paid", "pay",
        "spent", "spend", "fine", "budget", "income", "revenue", "profit").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProduceWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "production", "output", "produced", "milk", "harvest", "harvests", "crop", "crops").GetAlternateLookup<ReadOnlySpan<char>>();

    // "a magnitude 6.7 earthquake", "a 6.9 magnitude earthquake", "7.8 on the Richter scale": an earthquake's magnitude, a
    // number of the scale's range with no scale word, counts nothing the sentence names ("shook Los Angeles"); the last token
    // of its unit (the number's own when "magnitude" comes before it), else 0
    private static int MagnitudeEnd(SentenceTokens s, NumberPhrase p)
    {
        if (p.Form != NumberForm.Digits || p.HasScale || p.Value is <= 0 or > MaxMagnitude) return 0;
        if (s.Is(p.Last + 1, "magnitude")) return p.Last + 1;
        if (s.Is(p.Last + 1, "on") && s.Is(p.Last + 2, "the") && s.Is(p.Last + 3, "Richter")) return p.Last + 4;
        return s.Is(p.First - 1, "magnitude") ? p.Last : 0;
    }

    private const double MaxMagnitude = 10;

    public static UnitPhrase Read(SentenceTokens s, NumberPhrase p)
    {
        var unit = ReadAt(s, p);
        // "£2-3bn", "between 2 and 3 billion": the first number of a range takes the scale of the second
        return !p.HasScale && p.Form == NumberForm.Digits && RangeSecond(s, p.Last + 1) is { HasScale: true } second
            && NumberReader.TryParseDigits(s.Span(second.First), out double bare) && bare > 0
            ? unit with { Factor = unit.Factor * (second.Value / bare) } : unit;
    }

    private static UnitPhrase ReadAt(SentenceTokens s, NumberPhrase p)
    {
        int first = p.First, last = p.Last;
        // "US$15-25/m³", "$550-575 a tonne": the second number of a range is in the first one's currency
        string? currency = CurrencyBefore(s, ref first) ?? RangeFirstCurrency(s, first);

        // "about one-fifth as many researchers as the U.S.": a fraction that compares is a multiple (0.2 times)
        if (p.Form == NumberForm.Fraction && s.Is(last + 1, "as") && (s.Is(last + 2, "many") || s.Is(last + 2, "much")))
            return new UnitPhrase("times", UnitClass.Times, first, last) { Factor = 0.01 };
        if (p.Form == NumberForm.Fraction) return new UnitPhrase("percent", UnitClass.Percent, first, last);
        if (p.Form == NumberForm.Multiplier)
            return p.Value < 1 ? new UnitPhrase("percent", UnitClass.Percent, first, last) : new UnitPhrase("times", UnitClass.Times, first, last);
        if (p.Form == NumberForm.Words && s.Has(p.First, WordClass.MultipleWord)) return new UnitPhrase("times", UnitClass.Times, first, last);

        int j = last + 1;
        // "88.2 €/MWh", "79.6 € per megawatt hour": a euro or pound sign after the amount, as European pages write it (not
        // the sign of the next amount: "from 5 €10")
        if (currency is null && (s.IsPunct(j, '€') || s.IsPunct(j, '£')) && !(s.IsDigits(j + 1) && s.Touches(j + 1)))
            return new UnitPhrase(s.IsPunct(j, '€') ? "EUR" : "GBP", UnitClass.Currency, first, j);
        if (currency is null && MagnitudeEnd(s, p) is > 0 and var magnitudeLast) return new UnitPhrase("magnitude", UnitClass.Measure, first, magnitudeLast);
        // "dormant for seven (7) years": a number word restated in digits in brackets reads its unit after them
        if (p.Form == NumberForm.Words && s.IsPunct(j, '(') && s.IsDigits(j + 1) && s.IsPunct(j + 2, ')')
            && NumberReader.TryParseDigits(s.Span(j + 1), out double restated) && restated == p.Value) j += 3;
        // "2 percentage points", "fallen by 5.7% points", "0.47 percent points", "6.22 per cent points": a percentage point
        int percentLast = s.Is(j, "per") && s.Is(j + 1, "cent") ? j + 1 : j;
        if ((s.IsPunct(j, '%') || s.Is(j, "percent") || s.Is(j, "percentage") || percentLast > j) && IsPoints(s, percentLast + 1))
            return new UnitPhrase("percentage point", UnitClass.Percent, first, percentLast + 1);
        if (s.IsPunct(j, '%')) return new UnitPhrase("percent", UnitClass.Percent, first, j);
        if (s.Is(j, "percent") || s.Is(j, "pct") || IsPcSuffix(s, j)) return new UnitPhrase("percent", UnitClass.Percent, first, j);
        if (s.Is(j, "per") && s.Is(j + 1, "cent")) return new UnitPhrase("percent", UnitClass.Percent, first, j + 1);
        if (s.Is(j, "basis") && IsPoints(s, j + 1)) return new UnitPhrase("basis point", UnitClass.Measure, first, j + 1);
        // lower case only: "BP" is a company
        if (s.IsLower(j) && (s.Is(j, "bps") || s.Is(j, "bp"))) return new UnitPhrase("basis point", UnitClass.Measure, first, j);
        if (s.IsLower(j) && (s.Is(j, "pp") || s.Is(j, "ppt") || s.Is(j, "ppts"))) return new UnitPhrase("percentage point", UnitClass.Percent, first, j);
        // trades at 20x earnings: an "x" stuck to the number is a multiple
        if (currency is null && s.Is(j, "x") && s.Touches(j) && !s.IsDigits(j + 1)) return new UnitPhrase("times", UnitClass.Times, first, j);
        // the compound still names what is measured, for the metric ("Output terawatt-hours")
        if (HyphenatedMeasure(s, j) is { } hyphenated) return new UnitPhrase(hyphenated, UnitClass.Measure, first, j + 2, j, j + 2, j + 3);
        if (currency is null && s.Is(j, "times")) return new UnitPhrase("times", UnitClass.Times, first, j);
        if (currency is null && s.IsWord(j) && Currencies.TryGetValue(s.Span(j), out var suffixCurrency))
            return new UnitPhrase(suffixCurrency, UnitClass.Currency, first, j);
        // "bought dollars for 1.8660 Real each": Brazil's real written with its capital (not "Real Madrid", a name going on)
        if (currency is null && s.Is(j, "Real") && s.IsCapitalized(j) && !(s.IsWord(j + 1) && s.IsCapitalized(j + 1)))
            return new UnitPhrase("BRL", UnitClass.Currency, first, j);
        // "20.8 trillion won in operating profit", "355.3 billion won)": Korea's won after a scaled amount (the verb takes a count
        // of winners, "3 won", seldom a scale, and an object: "5 million won the vote")
        // ("the minimum wage at 8,590 won per hour", "1,795,310 won a month": or a wage's won per unit of time)
        if (currency is null && s.Is(j, "won") && s.IsLower(j) && !s.Touches(j)
            && (s.Has(j - 1, WordClass.Scale) && !s.Has(j + 1, WordClass.Determiner | WordClass.Pronoun) && !(s.IsWord(j + 1) && s.IsCapitalized(j + 1))
                || (s.Is(j + 1, "per") || s.Is(j + 1, "a") || s.Is(j + 1, "an")) && s.Has(j + 2, WordClass.TimeUnit)))
            return new UnitPhrase("KRW", UnitClass.Currency, first, j);
        // "rose by 1.8 billion pounds ($2.9 billion)": pounds in millions or billions are money ("2 million pounds of beef" weigh)
        // ("the combined average annual domestic bill increased to 1,250 pounds": and pounds a bill, a price or a fee comes to)
        // ("2023 milk production was estimated at 228.4 billion pounds", "guided production of 80-million to 90-million pounds at an
        // all-in cost": a sentence of produce weighs them)
        if (currency is null && s.Is(j, "pounds") && s.IsLower(j) && (s.Has(j - 1, WordClass.Scale) || SpeaksOfMoney(s)) && !SpeaksOfProduce(s) && !s.Is(j + 1, "of"))
            return new UnitPhrase("GBP", UnitClass.Currency, first, j);
        // "300 million Australian dollars", "11.7 trillion Norwegian kroner", "2 billion US dollars"
        if (currency is null && CountryCurrency.At(s, j) is var (named, namedLast)) return new UnitPhrase(named, UnitClass.Currency, first, namedLast);
        // ("53¢/lb": the cent sign stuck to the digits)
        if (currency is null && (s.Is(j, "cents") || s.Is(j, "cent") || IsCentSuffix(s, j) || s.IsPunct(j, '¢') && s.Touches(j) && s.IsDigits(j - 1)))
            return new UnitPhrase("USD", UnitClass.Currency, first, j) { Factor = 0.01 };
        if (currency is null && (s.Is(j, "pence") || IsPenceSuffix(s, j))) return new UnitPhrase("GBP", UnitClass.Currency, first, j) { Factor = 0.01 };
        // "a 5 paise per unit increase": hundredths of a rupee
        if (currency is null && s.Is(j, "paise")) return new UnitPhrase("INR", UnitClass.Currency, first, j) { Factor = 0.01 };
        // "up by 20 centavos": hundredths of a peso
        if (currency is null && (s.Is(j, "centavos") || s.Is(j, "centavo"))) return new UnitPhrase("PHP", UnitClass.Currency, first, j) { Factor = 0.01 };
        // "182 kobo": hundredths of a naira
        if (currency is null && s.Is(j, "kobo")) return new UnitPhrase("NGN", UnitClass.Currency, first, j) { Factor = 0.01 };
        // "Earnings per share stood at 9.85 sen": hundredths of a ringgit
        if (currency is null && s.Is(j, "sen") && s.IsLower(j)) return new UnitPhrase("MYR", UnitClass.Currency, first, j) { Factor = 0.01 };
        if (currency is not null) return new UnitPhrase(currency, UnitClass.Currency, first, last);
        // "90,000 barrels per day" is a rate in bpd that still counts barrels, for the metric.
        if (IsBarrelsPerDay(s, j)) return new UnitPhrase("bpd", UnitClass.Measure, first, j + 2, j, j, j + 1);
        if (MeasurePerMeasure(s, j) is { } perMeasure) return new UnitPhrase(perMeasure, UnitClass.Measure, first, j + 2, j, j, j + 1);
        // "17,881 sq km", "40 square kilometres", "38 square miles", "400 sq ft": an area
        if ((s.Is(j, "sq") || s.Is(j, "square")) && s.IsWord(j + 1) && SideOfSquare(s.Span(j + 1)) is { } side)
            return new UnitPhrase(side + "2", UnitClass.Measure, first, j + 1);
        // "157,000m2", "17,881km2", "5m3": a power written after the measure
        if (SquareOrCubicPower(s, j) is > 0 and var power) return new UnitPhrase($"{s.Span(j)}{power}", UnitClass.Measure, first, j + 1);
        // "33 million cubic metres", "2,930 billion cubic feet": a volume
        if (s.Is(j, "cubic") && s.IsWord(j + 1) && (Measures.TryGetValue(s.Span(j + 1), out var edge) && edge == "m" || s.Span(j + 1) is "feet" or "foot"))
            return new UnitPhrase(s.Span(j + 1) is "feet" or "foot" ? "ft3" : "m3", UnitClass.Measure, first, j + 1);
        // "1 quintillion floating point operations per second": FLOPS written out
        if (FloatingPointRate(s, j) is > 0 and var flopsLast) return new UnitPhrase("FLOPS", UnitClass.Measure, first, flopsLast);
        if (TonneCodeFactor(s, j) is > 0 and var tonnes) return new UnitPhrase("tonne", UnitClass.Measure, first, j) { Factor = tonnes };
        if (OunceCodeFactor(s, j) is > 0 and var ounces) return new UnitPhrase("ounce", UnitClass.Measure, first, j) { Factor = ounces };
        if (ElectricityUnitsCodeFactor(s, j) is > 0 and var kwh) return new UnitPhrase("kWh", UnitClass.Measure, first, j) { Factor = kwh };
        // "232,423 metric tons": a metric ton is a tonne
        if (s.Is(j, "metric") && (s.Is(j + 1, "tons") || s.Is(j + 1, "ton") || s.Is(j + 1, "tonnes") || s.Is(j + 1, "tonne"))) return new UnitPhrase("tonne", UnitClass.Measure, first, j + 1);
        if (RateAt(s, j) is { } rate) return new UnitPhrase(rate.Unit, UnitClass.Measure, first, rate.Last) { Factor = rate.Factor };
        if (TwentyFootUnitsLast(s, j) is > 0 and var teuLast) return new UnitPhrase("TEU", UnitClass.Counted, first, teuLast);
        // "85 megabits per second": a bit rate written out
        if (s.Is(j + 1, "per") && s.Is(j + 2, "second") && BitsWritten(s.Span(j)) is { } bitRate) return new UnitPhrase(bitRate, UnitClass.Measure, first, j + 2);
        if (EnergyInWords(s, j) is { } energy) return new UnitPhrase(energy, UnitClass.Measure, first, j + 1);
        if (IsPoints(s, j) && PointsOfAShare(s, first, j)) return new UnitPhrase("percentage point", UnitClass.Percent, first, j);
        if (CarbonAt(s, j) is var (carbon, carbonLast)) return new UnitPhrase(carbon, UnitClass.Measure, first, carbonLast);
        if (s.IsWord(j) && Measures.TryGetValue(s.Span(j), out var measure) && !(s.IsPunct(j + 1, '-') && s.Touches(j + 1)))
        {
            // "12 million TEU" counts containers; "40 petaflops" spelled out still names what the metric counts.
            if (measure == "TEU") return new UnitPhrase(measure, UnitClass.Counted, first, j);
            return s.IsLower(j) && s.Span(j).EndsWith("flops", StringComparison.Ordinal)
                ? new UnitPhrase(measure, UnitClass.Measure, first, j, j, j, j + 1)
                : new UnitPhrase(measure, UnitClass.Measure, first, j);
        }

        // a three-fold rise: a multiple
        if (s.IsPunct(j, '-') && s.Touches(j) && s.Is(j + 1, "fold") && s.Touches(j + 1)) return new UnitPhrase("times", UnitClass.Times, first, j + 1);
        if (TemperatureAt(s, j) is { } temperature) return new UnitPhrase(temperature.Unit, UnitClass.Measure, first, temperature.Last);
        // "a 4-per-cent increase": written like "a 4-percent increase"
        if (s.IsPunct(j, '-') && s.Touches(j) && s.Is(j + 1, "per") && s.Touches(j + 1) && s.IsPunct(j + 2, '-') && s.Touches(j + 2)
            && s.Is(j + 3, "cent") && s.Touches(j + 3))
            return new UnitPhrase("percent", UnitClass.Compound, first, last, j + 1, j + 3, j + 4);
        // "down 5.2-percent when compared", "fell five-percent,": a hyphen before "percent" with no noun after it to size
        if (s.IsPunct(j, '-') && s.Touches(j) && s.Is(j + 1, "percent") && s.Touches(j + 1) && !IsNounAfterCompound(s, j + 2))
            return new UnitPhrase("percent", UnitClass.Percent, first, j + 1);
        // "100,000-plus residents": "-plus" says "or more", the unit is the noun after it
        if (s.IsPunct(j, '-') && s.Touches(j) && s.Is(j + 1, "plus") && s.Touches(j + 1) && s.IsLower(j + 1)) j += 2;
        // seven-day, 13-point, trillion-parameter
        if (s.IsPunct(j, '-') && s.Touches(j) && s.IsWord(j + 1) && s.Touches(j + 1))
        {
            // "the 2.78 million-metric-ton quota": a metric ton is a tonne
            if (s.Is(j + 1, "metric") && s.IsPunct(j + 2, '-') && s.Touches(j + 2) && (s.Is(j + 3, "ton") || s.Is(j + 3, "tonne")))
                return new UnitPhrase("tonne", UnitClass.Compound, first, last, j + 1, j + 3, j + 4);
            var word = s.Span(j + 1);
            // "a 2.1 billion-rand gain", "a 5 billion-dollar plan": a currency named in a compound is the amount's currency
            if (s.IsLower(j + 1) && Currencies.TryGetValue(word, out var compoundCurrency))
                return new UnitPhrase(compoundCurrency, UnitClass.Currency, first, j + 1);
            string unit = Measures.TryGetValue(word, out var m) ? m : Inflection.Singular(word);
            return new UnitPhrase(unit, UnitClass.Compound, first, last, j + 1, j + 1, j + 2);
        }
        // "a 10 year project", "a five year plan": a time unit in the singular after an article's number, the hyphen left out
        if (s.Is(first - 1, "a") && s.IsLower(j) && s.Span(j) is "year" or "month" or "week" or "day" or "hour" && IsNounAfterCompound(s, j + 1)
            && s.IsLower(j + 1))
            return new UnitPhrase(s.Span(j).ToString(), UnitClass.Compound, first, last, j, j, j + 1);
        // "to a 402,000 unit-rate", "a 967,000 unit rate": housing units counted at an annual rate
        if (s.Is(j, "unit") && s.IsLower(j) && (s.Is(j + 1, "rate") || s.Is(j + 1, "pace")
                || s.IsPunct(j + 1, '-') && s.Touches(j + 1) && (s.Is(j + 2, "rate") || s.Is(j + 2, "pace"))))
            return new UnitPhrase("unit", UnitClass.Counted, first, last, j, j, j + 1);
        if (s.Is(j, "of") && PartOf(s, first, last, j) is { } part) return part;
        if (s.Is(j, "out") && s.Is(j + 1, "of") && PartOf(s, first, last, j + 1) is { } outOf) return outOf; // "17 out of the 18 clubs"
        if (RangeEndUnit(s, first, last, j) is { } range) return range;
        return CountedNoun(s, first, last, j);
    }

    private static bool IsPoints(SentenceTokens s, int k) => s.Is(k, "points") || s.Is(k, "point");

    // "its share rose 0.2 points to 16.9 per cent", "the jobless rate fell two points": points a share or a rate moves by,
    // or that reach a percent, are percentage points
    private static bool PointsOfAShare(SentenceTokens s, int first, int points)
    {
        if (s.Is(points + 1, "to") && NumberReader.Read(s, points + 2) is { } level
            && (s.IsPunct(level.Last + 1, '%') || s.Is(level.Last + 1, "percent") || s.Is(level.Last + 1, "per") && s.Is(level.Last + 2, "cent")))
            return true;
        for (int k = first - 1; k >= s.First && first - k <= 4; k--)
            if (s.IsLower(k) && s.Span(k) is "share" or "rate") return true;
        return false;
    }

    // "134.1 terawatt hours": power times hours written as two words is energy (TWh), as the hyphened compound is
    private static string? EnergyInWords(SentenceTokens s, int j)
    {
        if (!(s.Is(j + 1, "hours") || s.Is(j + 1, "hour")) || !s.IsWord(j) || !Measures.TryGetValue(s.Span(j), out var power)) return null;
        return power is "TW" or "GW" or "MW" or "kW" ? power + "h" : null;
    }

    /// <summary>A rate written after a number: "1.2mb/d", "250,000b/d" and "1.83mbpd" (barrels per day, mb millions of them),
    /// "90,000 barrels per day" or "a day" (all bpd), and other "word/s" rates kept as written ("reads/s").</summary>
    public static (string Unit, int Last, double Factor)? RateAt(SentenceTokens s, int j)
    {
        if (!s.IsWord(j)) return null;
        if (IsBarrelsPerDay(s, j)) return ("bpd", j + 2, 1);
        // "1.83mbpd", "2.1 mmbpd", "650 kbpd": barrels per day in thousands or millions, in one word
        if (s.IsLower(j) && s.Span(j) is "mbpd" or "mmbpd") return ("bpd", j, 1e6);
        if (s.IsLower(j) && s.Span(j) is "kbpd") return ("bpd", j, 1e3);
        if (!s.IsPunct(j + 1, '/') || !s.Touches(j + 1) || !s.IsWord(j + 2) || !s.Touches(j + 2)) return null;
        var per = s.Span(j + 2);
        var what = s.Span(j);
        if (per.Equals("d", StringComparison.OrdinalIgnoreCase) || per.Equals("day", StringComparison.OrdinalIgnoreCase))
        {
            if (what.Equals("b", StringComparison.OrdinalIgnoreCase) || what.Equals("bbl", StringComparison.OrdinalIgnoreCase)) return ("bpd", j + 2, 1);
            if (what.Equals("kb", StringComparison.OrdinalIgnoreCase)) return ("bpd", j + 2, 1e3);
            if (what.Equals("mb", StringComparison.OrdinalIgnoreCase) || what.Equals("mbbl", StringComparison.OrdinalIgnoreCase)) return ("bpd", j + 2, 1e6);
        }
        // "5,43 t/ha", "950 kg/ha": a crop's yield, the unit "1.86 tonnes per hectare" is written in
        if (per is "ha" && what is "t" or "kg") return (s.Join(j, j + 3), j + 2, 1);
        // "69.4 Mbit/s", "69 Mb/s", "1 Gbit/s": bits per second, written as the bps units
        if (per is "s" && BitRate(what) is { } bps) return (bps, j + 2, 1);
        bool perTime = per.Equals("s", StringComparison.Ordinal) || per.Equals("h", StringComparison.Ordinal)
            || per.Equals("d", StringComparison.Ordinal) || per.Equals("yr", StringComparison.Ordinal);
        return perTime && s.IsLower(j) ? (s.Join(j, j + 3), j + 2, 1) : null;
    }

    /// <summary>"15.1 GtCO2e", "3100 MtCO2e", "36.8 GtCO2": tonnes of carbon dioxide (or its equivalent), the "2" and "e" run on;
    /// the unit and its last token, else null.</summary>
    private static (string Unit, int Last)? CarbonAt(SentenceTokens s, int j)
    {
        if (!s.IsWord(j) || s.Span(j) is not ("GtCO" or "MtCO" or "ktCO" or "tCO") || !s.IsDigits(j + 1) || s.Span(j + 1) is not "2" || !s.Touches(j + 1)) return null;
        bool equivalent = s.Is(j + 2, "e") && s.Touches(j + 2);
        return (s.Span(j).ToString() + (equivalent ? "2e" : "2"), equivalent ? j + 2 : j + 1);
    }

    /// <summary>"1.5°C", "40.2 C", "42C", "104 degrees Fahrenheit": a temperature after a number (a lone capital C or F, not the
    /// start of a word or a name), its unit and last token; null for anything else.</summary>
    public static (string Unit, int Last)? TemperatureAt(SentenceTokens s, int j)
    {
        if (s.IsPunct(j, '°') && s.Touches(j) && (s.Is(j + 1, "C") || s.Is(j + 1, "F")) && s.Touches(j + 1))
            return ("°" + s.Span(j + 1).ToString().ToUpperInvariant(), j + 1);
        if ((s.Is(j, "degrees") || s.Is(j, "degree")) && s.IsLower(j))
        {
            if (s.Is(j + 1, "Celsius") || s.Is(j + 1, "centigrade") || s.Is(j + 1, "C") && s.IsCapitalized(j + 1)) return ("°C", j + 1);
            if (s.Is(j + 1, "Fahrenheit") || s.Is(j + 1, "F") && s.IsCapitalized(j + 1)) return ("°F", j + 1);
            return null;
        }
        if (!s.IsCapitalized(j) || s.Span(j) is not ("C" or "F") || s.IsPunct(j + 1, '.') && s.IsWord(j + 2) && s.Touches(j + 2)
            || s.IsWord(j + 1) && s.IsCapitalized(j + 1)) return null;
        // "61,026 C-(Minus)", "80,952 had C+": a grade's sign after the letter
        if ((s.IsPunct(j + 1, '-') || s.IsPunct(j + 1, '+')) && s.Touches(j + 1)) return null;
        return (s.Is(j, "C") ? "°C" : "°F", j);
    }

    private static string? BitsWritten(ReadOnlySpan<char> what) => what switch
    {
        "megabits" or "megabit" => "Mbps",
        "gigabits" or "gigabit" => "Gbps",
        "kilobits" or "kilobit" => "kbps",
        _ => null,
    };

    private static string? BitRate(ReadOnlySpan<char> what) => what switch
    {
        "Mbit" or "Mb" or "mbit" => "Mbps",
        "Gbit" or "Gb" or "gbit" => "Gbps",
        "kbit" or "Kbit" or "kb" or "Kb" => "kbps",
        _ => null,
    };

    // "3-5%", "4–6 GW": the first number of a range takes the unit written after the second; its span stays its own.
    private static UnitPhrase? RangeEndUnit(SentenceTokens s, int first, int last, int dash)
    {
        if (RangeSecond(s, dash) is not { } second) return null;
        var unit = ReadAt(s, second);
        return unit.Class is UnitClass.Percent or UnitClass.Measure or UnitClass.Currency or UnitClass.Times && unit.SpanFirst == second.First
            ? new UnitPhrase(unit.Unit, unit.Class, first, last) { Factor = unit.Factor } : null;
    }

    // The second number of a range that starts before token j: "7-9%", "5 to 10 per cent", "between 2 and 3 billion".
    private static bool SameCurrencyTo(SentenceTokens s, int j) =>
        s.Is(j, "to") && s.IsDigits(j - 1) && s.IsDigits(j + 2) && s.Touches(j + 2) && s.Touches(j - 1)
        && (s.IsPunct(j + 1, '$') || s.IsPunct(j + 1, '€') || s.IsPunct(j + 1, '£') || s.IsPunct(j + 1, '¥'))
        && s.IsPunct(j - 2, s.Text[s[j + 1].Start]) && !(s.IsWord(j - 3) && s.Touches(j - 2)); // not US$

    private static NumberPhrase? RangeSecond(SentenceTokens s, int j)
    {
        bool dash = (s.IsPunct(j, '-') || s.IsPunct(j, '–')) && s.Touches(j) && s.IsDigits(j + 1) && s.Touches(j + 1);
        // ("between 315 million and 335 million tons": the first number's scale may stand before the link)
        // ("from 1.5 to five euros", "between four and 10 euros": either end may be written in words)
        int firstNumber = s.Has(j - 1, WordClass.Scale) && s.IsDigits(j - 2) ? j - 2 : j - 1;
        bool to = s.Is(j, "to") && IsRangeNumber(s, j + 1) && IsRangeNumber(s, firstNumber);
        bool and = s.Is(j, "and") && IsRangeNumber(s, j + 1) && IsRangeNumber(s, firstNumber) && s.Is(firstNumber - 1, "between");
        // "from £16.1 to £45.3 million": the same currency written before both numbers still makes one range
        if (!dash && !to && !and && SameCurrencyTo(s, j)) return NumberReader.Read(s, j + 2) is { } priced && !NonFigureRules.IsNotAFigure(s, priced) ? priced : null;
        // "drew 10 and 4 percent, respectively", "rose 3 or 4 percent": two percents written with one sign
        // ("cited by 294,000 or 46% of the 636,000 people": a count larger than any percent is restated, not listed)
        // ("down 44 000 or 12.3 per cent": the last group of thousands spaced apart is no number of its own)
        bool listed = !and && s.IsDigits(j - 1) && !s.IsDigits(j - 2) && EndsInListedUnit(s, j)
            && double.TryParse(s.Span(j - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double firstValue) && firstValue <= 100;
        if (!dash && !to && !and && !listed) return null;
        return NumberReader.Read(s, j + 1) is { } second && !NonFigureRules.IsNotAFigure(s, second) ? second : null;
    }

    private static bool IsRangeNumber(SentenceTokens s, int k) => s.IsDigits(k) || s.Has(k, WordClass.Cardinal);

    // "rose by 5.3, 5.1 and 4.9 per cent": numbers joined by commas up to the "and" or "or" before the last, which has the sign
    private static bool EndsInListedUnit(SentenceTokens s, int j)
    {
        for (int k = j; s.IsDigits(k + 1); k += 2)
        {
            if (s.Is(k, "and") || s.Is(k, "or")) return IsListedUnitAfter(s, k + 1);
            if (!s.IsPunct(k, ',')) return false;
        }
        return false;
    }

    // ("jumped 7 and 5 cents, respectively", "3 or 4 pence": cents and pence are listed the same way)
    private static bool IsListedUnitAfter(SentenceTokens s, int number) =>
        s.IsPunct(number + 1, '%') || s.Is(number + 1, "percent") || s.Is(number + 1, "per") && s.Is(number + 2, "cent")
        || s.IsLower(number + 1) && s.Span(number + 1) is "cents" or "pence";

    // "1,037 terawatt-hours": a measure written as a hyphenated compound is read as one word.
    private static string? HyphenatedMeasure(SentenceTokens s, int j)
    {
        if (!s.IsWord(j) || !s.IsPunct(j + 1, '-') || !s.Touches(j + 1) || !s.IsWord(j + 2) || !s.Touches(j + 2)) return null;
        var joined = string.Concat(s.Span(j), "-", s.Span(j + 2));
        return Measures.TryGetValue(joined, out var measure) ? measure : null;
    }

    /// <summary>"86 million litres a day" (L/d), "1.86 tonnes per hectare" (t/ha), "40 kilometres per hour" (km/h): a measure
    /// per day, hectare or hour is a rate written with its symbols; null for anything else ("tonnes a year" is an amount in a
    /// period).</summary>
    private static string? MeasurePerMeasure(SentenceTokens s, int j)
    {
        if (!s.IsWord(j) || !(s.Is(j + 1, "per") || s.Is(j + 1, "a") && s.Is(j + 2, "day")) || !s.IsWord(j + 2)) return null;
        string? what = s.Span(j) switch
        {
            "litres" or "litre" or "liters" or "liter" => "L",
            "tonnes" or "tonne" => "t",
            "kilograms" or "kilogram" or "kg" => "kg",
            "kilometres" or "kilometre" or "kilometers" or "kilometer" or "km" => "km",
            _ => null,
        };
        string? per = s.Span(j + 2) switch
        {
            "day" => "d",
            "hectare" or "ha" => "ha",
            "hour" => "h",
            _ => null,
        };
        return what is null || per is null ? null : $"{what}/{per}";
    }

    // "floating point operations per second", "floating-point operations per second": the last token, or 0
    private static int FloatingPointRate(SentenceTokens s, int j)
    {
        if (!s.Is(j, "floating")) return 0;
        int k = s.IsPunct(j + 1, '-') ? j + 2 : j + 1;
        return s.Is(k, "point") && s.Is(k + 1, "operations") && s.Is(k + 2, "per") && s.Is(k + 3, "second") ? k + 3 : 0;
    }

    private static bool IsBarrelsPerDay(SentenceTokens s, int j) =>
        (s.Is(j, "barrels") || s.Is(j, "barrel")) && (s.Is(j + 1, "per") || s.Is(j + 1, "a")) && s.Is(j + 2, "day");

    // "four of the nine museums", "12 of 30 provinces", "two of those festivals": a part counts what its whole counts.
    private static UnitPhrase? PartOf(SentenceTokens s, int first, int last, int of)
    {
        int k = of + 1;
        if (s.Is(k, "all") && s.IsLower(k)) k++; // "seven of all the 11 cases"
        if (s.Is(k, "the") || s.Is(k, "those") || s.Is(k, "these") || s.Is(k, "its") || s.Is(k, "their")) k++;
        if (NumberReader.Read(s, k) is { } whole) k = whole.Last + 1;
        else if (k == of + 1 || k == of + 2 && s.Is(of + 1, "all")) return null; // "three of Europe's largest": no determiner, no number, no whole
        var noun = CountedNoun(s, first, last, k);
        if (!noun.HasNoun || s.Has(noun.NounHead, WordClass.TimeUnit)) return null;
        return new UnitPhrase(noun.Unit, UnitClass.Counted, first, last);
    }

    /// <summary>"Sh", "Ft", "SR": an abbreviation that is a currency only before an amount it touches or one with a scale, decimals or
    /// thousands (spaced before a small number, it may be a name's).</summary>
    internal static bool NeedsMarkedAmount(ReadOnlySpan<char> w) => w is "Sh" or "Shs" or "Ft" or "Dh" or "Dhs" or "SR" or "QR" or "KD" or "RO" or "TL";

    /// <summary>The code of a currency written as an abbreviation before its amount, spaced or stuck to it ("Rs", "Kshs",
    /// "KSh", "Sh35.7 billion", Malaysia's "RM1.07 billion", Indonesia's "Rp5.2 trillion", Bangladesh's "Tk1,563 crore",
    /// Hungary's "Ft", the Gulf's "Dh", "SR", "QR", "KD", "RO", Uganda's "Shs", Mexico's "Ps.", Turkey's "TL"), or null.</summary>
    internal static string? AbbreviatedCurrency(ReadOnlySpan<char> w) =>
        w is "Rs" ? "INR" : w is "Kshs" or "KShs" or "Ksh" or "KSh" or "Sh" ? "KES" : w is "RM" ? "MYR" : w is "Rp" ? "IDR" : w is "Tk" ? "BDT" : w is "Ft" ? "HUF"
        // the Gulf's: "Dh3.5 billion", "SR16 billion", "QR1.2 billion", "KD500 million"
        : w is "Dh" or "Dhs" ? "AED" : w is "SR" ? "SAR" : w is "QR" ? "QAR" : w is "KD" ? "KWD" : w is "RO" ? "OMR"
        // "Shs22.9bn": the Ugandan shilling as Kampala papers write it (Kenya's is "Sh" or "Kshs")
        : w is "Shs" ? "UGX"
        // "Ps.6,626 million": the Mexican peso as its companies report it
        : w is "Ps" ? "MXN"
        // "TL 226.2 billion": the Turkish lira as Turkish papers write it
        : w is "TL" ? "TRY" : null;

    /// <summary>How many tonnes a tonne code at j stands for, else 0: "183,413 MT" and "4.38 MMT" as commodity desks write
    /// metric tonnes (1 and a million), "shipped 77.5Mt of LNG" a megatonne (not after a scale), "535,000t of beef" and
    /// "60kt" a tonne and a kilotonne stuck to the digits; "3.8 mmt of wheat" (USDA's million metric tons) and "17.91 mt"
    /// (as Indian papers write million tonnes: "55.99 million tonnes (mt)") a million, but "144.8 million mt" (after a
    /// scale) metric tonnes.</summary>
    internal static double TonneCodeFactor(SentenceTokens s, int j) =>
        !s.IsWord(j) ? 0 : s.Span(j) is "MT" || s.Span(j) is "mt" && s.Has(j - 1, WordClass.Scale) ? 1
        : s.Span(j) is "MMT" or "mmt" || s.Span(j) is "Mt" or "mt" && !s.Has(j - 1, WordClass.Scale) ? 1e6
        : s.Touches(j) && s.IsDigits(j - 1) ? s.Span(j) is "t" ? 1 : s.Span(j) is "kt" ? 1e3 : 0
        // "declined by 5 t to 75 t", "to 227 t, valued at", "rose to 33.7mn t in kharif": a spaced "t" before no word of its own
        : (s.IsDigits(j - 1) || s.Has(j - 1, WordClass.Scale) && s.Touches(j - 1) && s.IsDigits(j - 2)) && s.Span(j) is "t" && !s.IsPunct(j + 1, '/')
          && (!s.IsWord(j + 1) || s.Has(j + 1, WordClass.Preposition | WordClass.Conjunction)) ? 1 : 0;

    // The side of a square area unit: "km", "m", "mi" or "ft", else null
    private static string? SideOfSquare(ReadOnlySpan<char> word)
    {
        if (word is "feet" or "foot" or "ft") return "ft";
        return Measures.TryGetValue(word, out var side) && side is "km" or "m" or "mile" ? side == "mile" ? "mi" : side : null;
    }

    /// <summary>2 or 3 for "m2", "km2", "m3" written as the measure and its power stuck to the digits before, else 0.</summary>
    internal static int SquareOrCubicPower(SentenceTokens s, int j) =>
        (s.Is(j, "m") || s.Is(j, "km")) && s.IsLower(j) && (s.IsDigits(j - 1) || s.Has(j - 1, WordClass.Scale)) && s.Touches(j + 1) && s.IsDigits(j + 1)
        && s.Span(j + 1) is "2" or "3" && !(s.IsWord(j + 2) && s.Touches(j + 2)) ? s.Span(j + 1)[0] - '0' : 0;

    // "164 koz", "1.2 Moz" (as gold miners report): thousands and millions of troy ounces
    internal static double OunceCodeFactor(SentenceTokens s, int j) =>
        !s.IsWord(j) ? 0 : s.Span(j) is "koz" or "Koz" ? 1e3 : s.Span(j) is "Moz" or "moz" ? 1e6 : 0;

    // "1,734 BU", "45 MU" (as Indian power reports write billion and million units): kilowatt-hours, after the digits
    internal static double ElectricityUnitsCodeFactor(SentenceTokens s, int j) =>
        !s.IsWord(j) || !s.IsDigits(j - 1) || s.IsWord(j + 1) && s.IsCapitalized(j + 1) ? 0 : s.Span(j) is "BU" ? 1e9 : s.Span(j) is "MU" ? 1e6 : 0;

    /// <summary>"617,171 60-kg bags", "5,000 40-foot containers", "60.2 million 60kg bags": the size of each thing counted,
    /// written as a number, a hyphen (or none) and a measure before the noun; its last token, or 0.</summary>
    internal static int SizeOfCountedLast(SentenceTokens s, int k)
    {
        if (!s.IsDigits(k)) return 0;
        int measure = s.IsPunct(k + 1, '-') && s.Touches(k + 1) ? k + 2 : k + 1;
        return s.IsWord(measure) && s.Touches(measure) && s.IsLower(measure + 1) && IsSizeMeasure(s.Span(measure)) ? measure : 0;
    }

    /// <summary>"58.85 billion", "97.86", "1,200" at first: an amount written with a scale, decimals or thousands, which a
    /// letter standing for a currency may stand before ("Sh 97.86", "K614.6 million"; "Sh 9", "K2" may be a name's number).</summary>
    internal static bool IsMarkedAmount(SentenceTokens s, int first)
    {
        // "R6 636.6 million": thousands grouped by a space mark the amount as its scale or decimals do
        int last = first;
        while (s.IsDigits(last + 1) && !s.Touches(last + 1) && s.Span(last + 1) is { Length: >= 3 } group && char.IsAsciiDigit(group[2])
               && (group.Length == 3 || group[3] == '.')) last++;
        return last > first || s.Has(first + 1, WordClass.Scale) || s.IsDigits(first) && (s.Span(first).Contains('.') || s.Span(first).Contains(','));
    }

    private static bool IsSizeMeasure(ReadOnlySpan<char> w) =>
        w is "kg" or "kilo" or "kilogram" or "kilogramme" or "pound" or "lb" or "foot" or "ft" or "litre" or "liter" or "tonne"
            or "ton" or "gram" or "metre" or "meter" or "inch" or "ounce" or "gallon";

    /// <summary>"828,016 Twenty-Foot Equivalent Units", "682,312 twenty-foot equivalent units", "683,500 20-foot equivalent
    /// units": the container unit TEU written out; the last token of its name, else -1.</summary>
    internal static int TwentyFootUnitsLast(SentenceTokens s, int j)
    {
        // ("twenty foot equivalent units": the hyphen may be left out; "20-foot-equivalent units": or written after "foot" too)
        int foot = s.IsPunct(j + 1, '-') ? j + 2 : j + 1;
        int equivalent = s.IsPunct(foot + 1, '-') && s.Touches(foot + 1) ? foot + 2 : foot + 1;
        return (s.Is(j, "twenty") || s.IsDigits(j) && s.Span(j) is "20") && s.Is(foot, "foot") && s.Is(equivalent, "equivalent")
            && (s.Is(equivalent + 1, "units") || s.Is(equivalent + 1, "unit")) ? equivalent + 1 : -1;
    }

    /// <summary>"N170.42 per litre", "N2.5 trillion": Nigerian papers write the naira as a capital N stuck to an amount with
    /// decimals, thousands or a scale (not "N95", "the N7 road").</summary>
    private static bool IsNairaSign(SentenceTokens s, int n) => IsLetterSign(s, n, "N");

    /// <summary>"billed R924.66", "R2.5 billion": South African papers write the rand as a capital R the same way.</summary>
    private static bool IsRandSign(SentenceTokens s, int r) => IsLetterSign(s, r, "R");

    /// <summary>"to P827.50", "P1,165": Philippine papers write the peso as a capital P the same way.</summary>
    internal static bool IsPesoSign(SentenceTokens s, int p) => IsLetterSign(s, p, "P");

    /// <summary>A naira, rand or peso written as its capital letter stuck to an amount ("N14.7 billion", "R2.5 billion",
    /// "P827.50").</summary>
    internal static bool IsCurrencyLetter(SentenceTokens s, int k) => IsNairaSign(s, k) || IsRandSign(s, k) || IsPesoSign(s, k) || IsKwachaSign(s, k);

    /// <summary>"K4.4 billion", "K614.6 million", "K1 billion" (and "k3.9 billion" before a scale): Zambian and Malawian
    /// papers write the kwacha as a K stuck to the amount (not "K2", "K9" or "K-12").</summary>
    private static bool IsKwachaSign(SentenceTokens s, int k) =>
        IsLetterSign(s, k, "K") || s.Is(k, "k") && s.IsLower(k) && s.Touches(k + 1) && s.IsDigits(k + 1) && s.Has(k + 2, WordClass.Scale)
            && !(s.Touches(k) && s.IsWord(k - 1));

    private static bool IsLetterSign(SentenceTokens s, int k, string letter)
    {
        if (!s.Is(k, letter) || !s.IsCapitalized(k) || !s.Touches(k + 1) || !s.IsDigits(k + 1) || s.Touches(k) && s.IsWord(k - 1)) return false;
        // ("R20/l": a whole amount priced per unit too)
        return IsMarkedAmount(s, k + 1)
            || s.IsPunct(k + 2, '/') && s.Touches(k + 2) && s.IsWord(k + 3) && s.Touches(k + 3) && (s.IsLower(k + 3) || IsMeasureUnit(s.Span(k + 3)));
    }

    private static string? RangeFirstCurrency(SentenceTokens s, int first)
    {
        int dash = first - 1;
        if (!(s.IsPunct(dash, '-') || s.IsPunct(dash, '–')) || !s.Touches(dash) || !s.Touches(first) || !s.IsDigits(dash - 1)) return null;
        int start = dash - 1;
        return CurrencyBefore(s, ref start);
    }

    private static string? CurrencyBefore(SentenceTokens s, ref int first)
    {
        int b = first - 1;
        // "$US109", "$A116.59 billion": the dollar's country after its sign, stuck to the amount (or a space before it: "$US
        // 3.2bn", as Australian papers write it)
        if (IsDollarCountryAfterSign(s, b) && (s.Touches(first) || s.IsDigits(first)))
        {
            first = b - 1;
            return DollarOfCountry(s.Span(b));
        }
        if (s.IsPunct(b, '$') || s.IsPunct(b, '€') || s.IsPunct(b, '£') || s.IsPunct(b, '¥') || s.IsPunct(b, '₹'))
        {
            char sym = s.Text[s[b].Start];
            first = b;
            if (sym != '$') return sym switch { '€' => "EUR", '£' => "GBP", '₹' => "INR", _ => "CNY" };
            if (s.IsWord(b - 1) && s.Touches(b))
            {
                first = b - 1;
                // "A$20", "NZ$348 million", "hk$5": the dollar's country before its sign ("R$": Brazil's real)
                var prefix = s.Span(b - 1);
                if (prefix is "R") return "BRL";
                return prefix.Equals("HK", StringComparison.OrdinalIgnoreCase) ? "HKD" : DollarOfCountry(prefix) ?? "USD";
            }
            return "USD";
        }
        // "US dollars 202.7 million" (as Sri Lankan papers write): the currency's name before its amount
        if ((s.Is(b, "dollars") || s.Is(b, "dollar")) && s.Is(b - 1, "US") && s.IsCapitalized(b - 1) && !s.Touches(first))
        {
            first = b - 1;
            return "USD";
        }
        // Rs 500 crore, Rs. 40 lakh, Rs943 million; Kenya's shillings written Kshs. 490 billion or KSh 3 million
        int rs = s.IsPunct(b, '.') && s.Touches(b) ? b - 1 : b;
        // "Sh35.7 billion", "Sh 58.85 billion", "Sh 97.86" (the shilling as Kenyan papers write it), "Ft 154,631" (the forint):
        // stuck to its amount, or before one in millions or billions, or with decimals or thousands
        if (s.IsWord(rs) && AbbreviatedCurrency(s.Span(rs)) is { } abbreviated && !(NeedsMarkedAmount(s.Span(rs)) && !s.Touches(first) && !IsMarkedAmount(s, first)))
        {
            first = rs;
            return abbreviated;
        }
        if (IsNairaSign(s, b) || s.IsPunct(b, '₦')) { first = b; return "NGN"; }
        // "₱1.2 billion", and "to P827.50" as Philippine papers write it: the peso; "GH¢5 million", "GH₵ 2bn": the Ghanaian cedi
        if (IsPesoSign(s, b) || s.IsPunct(b, '₱')) { first = b; return "PHP"; }
        if ((s.IsPunct(b, '¢') || s.IsPunct(b, '₵')) && s.Is(b - 1, "GH") && s.Touches(b)) { first = b - 1; return "GHS"; }
        if (IsRandSign(s, b)) { first = b; return "ZAR"; }
        // "K1 billion", "K614.6 million", "k3.9 billion": the kwacha (Zambian unless the text is about Malawi, LocalCurrency)
        if (IsKwachaSign(s, b)) { first = b; return "ZMW"; }
        // "pounds 12m saved from central NHS budgets": old newspaper archives write the pound sign as a word before the amount
        if (s.Is(b, "pounds") && s.IsLower(b) && !s.Touches(first) && !s.IsDigits(b - 1) && !s.Has(b - 1, WordClass.Cardinal))
        {
            first = b;
            return "GBP";
        }
        // "USD 9,000", "USD10,000": an ISO code, spaced or stuck to the digits
        if (s.IsWord(b) && (IsCurrencyCode(s.Span(b)) || !s.Touches(first) && s.IsCapitalized(b) && s.Span(b).Length == 3)
            && Currencies.TryGetValue(s.Span(b), out var code))
        {
            first = b;
            return code;
        }
        return null;
    }

    /// <summary>The "US" of "$US109", the "A" of "$A116.59 billion": a dollar's country written right after the sign (the
    /// same country codes as before it: "A$20").</summary>
    public static bool IsDollarCountryAfterSign(SentenceTokens s, int k) =>
        s.IsWord(k) && s.IsPunct(k - 1, '$') && s.Touches(k) && DollarOfCountry(s.Span(k)) is not null;

    private static string? DollarOfCountry(ReadOnlySpan<char> country) => country switch
    {
        "US" => "USD", "A" or "AU" or "AUS" => "AUD", "NZ" => "NZD", "C" or "CA" or "CAN" => "CAD", "HK" => "HKD", "S" or "SG" => "SGD",
        // the Caribbean's, Taiwan's, Namibia's and Fiji's dollars: "BZ$1.2bn", "TT$500", "J$2 billion", "EC$", "NT$", "N$", "FJ$"
        "BZ" => "BZD", "TT" => "TTD", "J" => "JMD", "EC" => "XCD", "NT" => "TWD", "N" => "NAD", "FJ" => "FJD", "G" => "GYD", _ => null,
    };

    private static UnitPhrase CountedNoun(SentenceTokens s, int first, int last, int j)
    {
        // "5.75 million head of sheep": livestock counted by the head, a singular after any number; the noun is the animals
        // after "of" ("at 4.25 million head" alone is left to the noun before it)
        if (s.Is(j, "head") && s.IsLower(j) && s.Is(j + 1, "of") && s.IsLower(j + 2) && !s.Has(j + 2, WordClass.Determiner | WordClass.Preposition))
        {
            int animals = j + 2; // "head of market lambs": up to the plural
            while (animals < j + 4 && !Inflection.IsPlural(s.Span(animals)) && s.IsLower(animals + 1)) animals++;
            return new UnitPhrase("head", UnitClass.Counted, first, last, j + 2, animals, animals + 1);
        }
        if (MilestoneNoun(s, first, j) is { } reached)
            return new UnitPhrase(Inflection.Singular(s.Span(reached)), UnitClass.Counted, first, last, j, reached, reached + 1);
        int head = -1, end = -1, words = 0, nounFirst = j;
        for (int k = j; s.InRange(k) && words < MaxNounWords; k++)
        {
            if (s.IsPunct(k, '-') && s.Touches(k) && s.IsWord(k + 1) && s.Touches(k + 1)) continue; // sci-tech, AI-related
            // 40 “notable AI models”, "418 such incidents": a quote mark or "such" opening the noun phrase
            if (k == j && (s.IsPunct(k, '“') || s.IsPunct(k, '"') || s.IsLower(k) && s.Is(k, "such")) && s.IsWord(k + 1))
            {
                if (!s.IsWord(k)) nounFirst = k + 1;
                continue;
            }
            if (k > j && NonFigureRules.IsModelAt(s, k)) continue; // "six modern 787 aircraft": a model's number names the noun
            if (k == j && SizeOfCountedLast(s, k) is > 0 and var size) { k = size; continue; } // "617,171 60-kg bags"
            if (!s.IsWord(k)) break;
            // small and medium-sized enterprises, "90 or more days" (not "down 11% to 137,000 and Spanish registrations were": a
            // capitalized word after an "and" right after the number opens another phrase)
            if (s.Has(k, WordClass.Conjunction)) { if (k == j && s.Is(k, "and") && !s.IsLower(k + 1)) break; words++; continue; }
            // "400,000 just four years ago": another number counts the noun after it
            if (s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Month | WordClass.Cardinal)) break;
            words++;
            if (Inflection.IsPlural(s.Span(k)) && !(s.IsPunct(k + 1, '-') && s.Touches(k + 1)) && !ModifiesNoun(s, k))
            {
                // "22 telecommunications service zones": a plural that modifies a noun phrase ending in another plural
                if (IsCompoundHeadAfter(s, k)) k += 2;
                head = k;
                end = NamesNounAfter(s, k) ? k + 2 : k + 1;
                if (s.Has(k + 1, WordClass.Conjunction)) end = CoordinatedEnd(s, k + 2);
                break;
            }
        }
        if (head < 0) return new UnitPhrase(null, UnitClass.None, first, last);
        // Counted, like any classifier, so "a loss of 2 million units" stays the amount lost.
        if (s.Is(head, "units") && head == j && ElectricityInClause(s, first)) return new UnitPhrase("kWh", UnitClass.Counted, first, head, j, head, head + 1);
        if (s.Has(head, WordClass.Classifier) && NounBefore(s, first) is { } counted)
        {
            // "smartphone shipments grew ... to hit 301 million units", "Car sales reached 281,473 units": the units are what
            // is sold or shipped (not "industry sales": no thing; nor "Year to date registrations": a span)
            int thing = IsTradeFlow(s, counted.Head) && counted.Head - 1 >= counted.First && s.IsWord(counted.Head - 1)
                && (s.IsLower(counted.Head - 1) || counted.Head - 1 == s.First) && !(s.Is(counted.Head - 1, "date") && s.Is(counted.Head - 2, "to"))
                && !Inflection.IsPlural(s.Span(counted.Head - 1)) && !IsNotAThing(s.Span(counted.Head - 1).ToString().ToLowerInvariant())
                ? counted.Head - 1 : counted.Head;
            return new UnitPhrase(Inflection.Singular(s.Span(thing)), UnitClass.Counted, first, last, counted.First, counted.Head, counted.Head + 1);
        }
        string noun = Lexicon.NounOfAbbreviation(s.Span(head)) ?? (IsPeopleOfACountry(s, head) ? "person" : Inflection.Singular(s.Span(head)));
        // "500 start-ups", "e-scooters", "24-year-olds": a short first part joined by a hyphen belongs to the noun
        if (head - 2 >= j && s.IsPunct(head - 1, '-') && s.Touches(head - 1) && s.Touches(head) && s.IsWord(head - 2) && s.IsLower(head - 2)
            && s.Span(head - 2).Length <= 5 && (Inflection.Singular(s.Span(head)).Length <= 3 || s.Span(head - 2).Length == 1))
            noun = $"{s.Span(head - 2).ToString().ToLowerInvariant()}-{noun}";
        return new UnitPhrase(noun, UnitClass.Counted, first, last, nounFirst, head, Math.Max(end, head + 1));
    }

    // "614,348 Americans died", "5.6 million Syrians": the people of a country counted are people
    private static bool IsPeopleOfACountry(SentenceTokens s, int head) =>
        s.IsCapitalized(head) && s.Span(head) is { Length: > 5 } w && w.EndsWith("ans", StringComparison.Ordinal) && char.IsLower(w[1]);

    // "passed the 100 million 4G customer milestone", "a 1 million user mark", "joined the 100 million user club": the singular
    // noun before a milestone is what the number counts (a plural, "the 1 million paid subscribers mark", the loop reads already)
    private static int? MilestoneNoun(SentenceTokens s, int first, int j)
    {
        if (!s.Is(first - 1, "the") && !s.Is(first - 1, "a")) return null;
        for (int k = j; k < j + 4 && (s.IsWord(k) || s.IsDigits(k) && s.Touches(k + 1)); k++)
        {
            if (!s.IsWord(k)) continue; // the "4" of "4G"
            if (s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction))
                return null;
            if (s.IsLower(k) && s.IsLower(k + 1) && s.Span(k + 1) is "milestone" or "mark" or "threshold" or "barrier" or "club"
                && !Inflection.IsPlural(s.Span(k))) return k;
        }
        return null;
    }

    private static bool IsTradeFlow(SentenceTokens s, int k) =>
        s.Span(k) is "sales" or "shipments" or "deliveries" or "registrations" or "exports" or "imports";

    private static bool IsNotAThing(ReadOnlySpan<char> w) =>
        w is "industry" or "market" or "retail" or "total" or "domestic" or "overall" or "global" or "annual" or "monthly" or "aggregate"
            or "new" or "unit" or "volume";

    // "data storage racks", "20,000 additional police officers", "five media companies": a collective noun before another noun
    // modifies it.
    private static bool ModifiesNoun(SentenceTokens s, int k) =>
        (s.Is(k, "data") || s.Is(k, "police") || s.Is(k, "media") || s.Is(k, "cattle")) && s.IsLower(k + 1)
        && !s.Has(k + 1, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction)
        && !Clauses.IsVerbLike(s, k + 1);

    // a word a compound adjective could size: a word that is no function word
    private static bool IsNounAfterCompound(SentenceTokens s, int k) =>
        s.IsWord(k) && !s.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.ClauseWord
            | WordClass.Auxiliary | WordClass.Pronoun | WordClass.Stopword);

    private static bool IsCompoundHeadAfter(SentenceTokens s, int k)
    {
        const WordClass notNouns = WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction
            | WordClass.Stopword | WordClass.TimeUnit | WordClass.Month;
        return s.IsLower(k + 1) && s.IsLower(k + 2) && !s.Has(k + 1, notNouns) && !s.Has(k + 2, notNouns)
            && !Inflection.IsPlural(s.Span(k + 1)) && Inflection.IsPlural(s.Span(k + 2)) && s.Span(k + 2).EndsWith("s")
            && !Clauses.IsVerbLike(s, k + 1) && !Clauses.IsVerbLike(s, k + 2) && !s.Span(k + 1).EndsWith("ly")
            // ("helps Maine's 12 ports market themselves": a reflexive pronoun is no noun, the word before it a verb)
            && !s.Span(k + 2).EndsWith("selves");
    }

    // "21 aircraft orders", "20 aircraft deliveries": a noun whose plural is its singular, before a plural noun it names
    // (the count is of aircraft, as annotators write it; the phrase holds the orders)
    private static bool NamesNounAfter(SentenceTokens s, int k) =>
        IsSameInPlural(s, k) && s.IsLower(k + 1) && s.Span(k + 1).EndsWith("s") && Inflection.IsPlural(s.Span(k + 1))
        && !s.Has(k + 1, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction | WordClass.Stopword);

    private static bool IsSameInPlural(SentenceTokens s, int k) =>
        s.Is(k, "aircraft") || s.Is(k, "spacecraft") || s.Is(k, "sheep") || s.Is(k, "deer") || s.Is(k, "fish") || s.Is(k, "livestock");

    // "the mini-grid supplied 2 million units of electricity": units of electricity are kilowatt-hours.
    private static bool ElectricityInClause(SentenceTokens s, int before)
    {
        for (int k = Clauses.Start(s, before), end = Clauses.End(s, before); k < end; k++)
            if (s.Is(k, "power") || s.Is(k, "electricity") || s.Is(k, "generation") || s.Is(k, "energy")) return true;
        return false;
    }

    // "farmers and herders", "websites and smart phone applications": extend over a second plural noun.
    private static int CoordinatedEnd(SentenceTokens s, int k)
    {
        for (int n = 0; n < 4 && s.IsWord(k + n); n++)
        {
            if (s.Has(k + n, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction)) break;
            if (Inflection.IsPlural(s.Span(k + n))) return k + n + 1;
        }
        return -1;
    }

    // Humanoid robots, numbering 10,000 units: the classifier counts the nearest plural noun before it. Not a
    // verb ("Figures from the SMMT shows 106,265 units", "it means some 30,000 units") and not a noun that has the units
    // ("buildings with at least five units"): those count units.
    private static (int First, int Head)? NounBefore(SentenceTokens s, int before)
    {
        for (int k = before - 1; k >= s.First; k--)
        {
            if (s.Is(k, "with")) return null;
            if (!s.IsWord(k) || !Inflection.IsPlural(s.Span(k)) || s.Has(k, WordClass.Auxiliary | WordClass.Stopword)) continue;
            // "Figures released by the Society of Motor Manufacturers and Traders show ... 163,541 units": a source and a
            // name's word count nothing
            if (DataShowedAttribution.IsSourceNoun(s, k) || k > s.First && !s.IsLower(k)) continue;
            // ("as 4 years ago approximately 250,000 units were sold": a time before the units is no thing they stand for)
            if (s.Has(k, WordClass.TimeUnit)) return null;
            if (Clauses.IsVerbLike(s, k) || k + 1 < before && (s.IsDigits(k + 1) || s.Has(k + 1, WordClass.Determiner | WordClass.Cardinal))
                || k + 1 == before) return null;
            int f = k;
            // ("It said aggregate industry sales had improved by 3 159 units": the noun phrase starts after the verb of saying)
            while (s.IsWord(f - 1) && !s.Has(f - 1, WordClass.Preposition | WordClass.Determiner | WordClass.Auxiliary | WordClass.ClauseWord | WordClass.Conjunction
                       | WordClass.Pronoun | WordClass.AttributionVerb)
                && !s.IsClauseBreak(f - 1)) f--;
            return (f, k);
        }
        return null;
    }
}

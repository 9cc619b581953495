using System.Globalization;

namespace NewsFigures;

/// <summary>
/// Reads the number that starts at a token, if one does: digits with separators and a scale word
/// ("1,037.3", "3.6 trillion", "3bn", "€85m", "40 mln", "5 × 10^6", "500+"), multiples ("twice", "double the price"), number words ("seven", "two million", "a hundred", "twenty-five"),
/// fractions ("one-third", "half", "a quarter of"), multiplier verbs ("doubled") and bare scale compounds
/// ("trillion-parameter"). Deciding whether the number is a figure at all is left to <see cref="NonFigureRules"/>.
/// </summary>
internal static class NumberReader
{
    public static NumberPhrase? Read(SentenceTokens s, int i)
    {
        if (!s.InRange(i)) return null;
        var t = s[i];
        if (OneIn(s, i) is { } share) return share;
        if (t.Kind == TokenKind.Digits) return ReadDigits(s, i);
        if (t.Kind != TokenKind.Word) return null;
        var c = t.Class;
        if ((c & WordClass.Multiplier) != 0) return new NumberPhrase(i, i, NumberWords.ValueOf(s.Span(i)), NumberForm.Multiplier, false);
        if (s.Is(i, "half")) return ReadHalf(s, i);
        if ((c & WordClass.MultipleWord) != 0 && StatesMultiple(s, i)) return new NumberPhrase(i, i, NumberWords.ValueOf(s.Span(i)), NumberForm.Words, false);
        if ((c & WordClass.Cardinal) != 0) return ReadWords(s, i);
        if ((s.Is(i, "a") || s.Is(i, "an")) && (s.Has(i + 1, WordClass.Scale) || s.Is(i + 1, "dozen")) && !s.Touches(i + 2))
            return ReadWords(s, i + 1) is { } w ? w with { First = i } : null;
        // ("more than a quarter (27.2%) of UK entries": a percent in brackets may restate it before its "of")
        if (s.Is(i, "a") && s.Has(i + 1, WordClass.Fraction) && !s.Is(i + 1, "half") && (s.Is(i + 2, "of") || s.Is(i - 1, "by") || OfAfterBracket(s, i + 2)))
            return new NumberPhrase(i, i + 1, NumberWords.ValueOf(s.Span(i + 1)), NumberForm.Fraction, false);
        // trillion-parameter: a scale word standing alone in a compound is one of its kind (not an abbreviation: "Honda CR-V").
        if ((c & WordClass.Scale) != 0 && s.Span(i).Length >= 4 && s.IsPunct(i + 1, '-') && s.Touches(i + 1) && s.IsWord(i + 2) && s.Touches(i + 2)
            && !s.IsDigits(i - 1) && !s.Has(i - 1, WordClass.Cardinal))
            return new NumberPhrase(i, i, NumberWords.ValueOf(s.Span(i)), NumberForm.BareScale, true);
        return null;
    }

    /// <summary>"1·74bn": the raised (middle) point some British publishers write for the decimal point.</summary>
    public const char RaisedPoint = '\u00B7';

    /// <summary>Parses "1,037.3" (thousands separators dropped), "1·74" (a raised point) and "25,5" (a decimal comma: one
    /// comma and one or two digits after it, as South African and European texts write them; a thousands group has three);
    /// false for runs such as "1.2.5".</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> digits, out double value)
    {
        Span<char> clean = digits.Length <= 64 ? stackalloc char[digits.Length] : new char[digits.Length];
        int n = 0, comma = digits.IndexOf(',');
        bool decimalComma = comma > 0 && digits.LastIndexOf(',') == comma && !digits.Contains('.') && digits.Length - comma - 1 is 1 or 2;
        foreach (char ch in digits)
            if (ch == RaisedPoint) clean[n++] = '.';
            else if (ch != ',') clean[n++] = ch;
            else if (decimalComma) clean[n++] = '.';
        return double.TryParse(clean[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsShortGroup(ReadOnlySpan<char> w) => w.Length <= 3 && !w.ContainsAnyExcept("0123456789");

    // three digits one space after a group of digits, and no other group after them but another such one
    private static double? SpacedThousands(SentenceTokens s, int k)
    {
        if (!s.IsDigits(k) || s[k].Start - s[k - 1].End != 1 || !char.IsWhiteSpace(s.Text[s[k].Start - 1]) || s.Text[s[k].Start - 1] is '\n' or '\r') return null;
        var w = s.Span(k);
        if (w.Length != 3 && !(w.Length > 4 && w[3] == '.') || w[..3].ContainsAnyExcept("0123456789") || w.Contains(',')) return null;
        // "15 737 Max orders", "18 747s": a count before an aircraft's model number
        if (s.Touches(k + 1) && s.IsWord(k + 1) || NonFigureRules.IsModelAt(s, k)) return null;
        if (s.IsDigits(k + 1) && !s.Touches(k + 1) && SpacedThousandsAt(s, k + 1) is false) return null;
        return TryParseDigits(w, out double group) ? group : null;
    }

    // how many ", ddd" groups follow the digits at i, each comma stuck to the digits before it and one space before the group
    private static int CommaSpacedGroups(SentenceTokens s, int i)
    {
        int groups = 0;
        for (int k = i; s.IsPunct(k + 1, ',') && s.Touches(k + 1) && s.IsDigits(k + 2) && SpacedThousandsAt(s, k + 2)
             && !(s.IsWord(k + 3) && s.Touches(k + 3)); k += 2) groups++;
        // "12, 140, 160 and 200 points": a list that "and" or "or" closes
        int end = i + 2 * groups;
        return (s.Is(end + 1, "and") || s.Is(end + 1, "or")) && s.IsDigits(end + 2) ? 0 : groups;
    }

    // ("R1 089 015.32": the last group may carry the decimals)
    private static bool SpacedThousandsAt(SentenceTokens s, int k) =>
        s[k].Start - s[k - 1].End == 1 && s.Span(k) is { Length: >= 3 } w && !w[..3].ContainsAnyExcept("0123456789")
        && (w.Length == 3 || w.Length > 4 && w[3] == '.' && !w[4..].ContainsAnyExcept("0123456789"));

    private static NumberPhrase? ReadDigits(SentenceTokens s, int i)
    {
        if (!TryParseDigits(s.Span(i), out double value)) return null;
        int last = i;
        bool scaled = false;
        // "4 000 monitoring stations", "6 500 oz": thousands grouped by a space
        if (IsShortGroup(s.Span(i)) && !s.IsDigits(i - 1))
            while (SpacedThousands(s, last + 1) is { } group) { value = value * 1000 + group; last++; }
        // "47, 564, 296": thousands whose separators a space follows, two groups at least
        if (last == i && IsShortGroup(s.Span(i)) && CommaSpacedGroups(s, i) is var groups and >= 2)
        {
            for (int g = 0; g < groups; g++) value = value * 1000 + int.Parse(s.Span(i + 2 * g + 2), CultureInfo.InvariantCulture);
            last = i + 2 * groups;
        }
        // "$20,701,272 million": a number written out to the millions already takes no scale word (the writer's slip)
        if (value >= 1_000_000 && s.Span(i).Contains(',') && last == i)
        {
            if (s.Has(last + 1, WordClass.Scale)) last++; // the word stays in the figure's text, unread
        }
        else if (s.IsWord(i + 1) && s.Touches(i + 1) && (NumberWords.IsScaleSuffix(s.Span(i + 1)) || IsMillionsOrBillions(s, i)))
        {
            value = Scaled(value, NumberWords.ValueOf(s.Span(i + 1)));
            last = i + 1;
            scaled = true;
        }
        else if (SpokenHundredsOrThousands(s, i) is { } spoken)
        {
            value = value * spoken.Scale + spoken.Remainder;
            last = spoken.Last;
            scaled = true;
        }
        // "a $770-million loss": a scale word joined by a hyphen (not "a 20-million-strong crowd", a compound of its own)
        else if (s.IsPunct(i + 1, '-') && s.Touches(i + 1) && s.Has(i + 2, WordClass.Scale) && s.Touches(i + 2) && NumberWords.ValueOf(s.Span(i + 2)) >= 1e6
            && !(s.IsPunct(i + 3, '-') && s.Touches(i + 3)))
        {
            value = Scaled(value, NumberWords.ValueOf(s.Span(i + 2)));
            last = i + 2;
            scaled = true;
        }
        else
        {
            while (s.Has(last + 1, WordClass.Scale) && !s.Touches(last + 1))
            {
                value = Scaled(value, NumberWords.ValueOf(s.Span(last + 1)));
                last++;
                scaled = true;
            }
            // "a minimum of 1.7 millions in 1998", "11.3 millions tonnes": the scale in the plural, as translated reports write it
            if (!scaled && (s.Is(i + 1, "millions") || s.Is(i + 1, "billions")) && s.IsLower(i + 1) && !s.Is(i + 2, "of") && !s.Touches(i + 1))
            {
                value = Scaled(value, NumberWords.ValueOf(s.Span(i + 1)));
                last = i + 1;
                scaled = true;
            }
        }
        // "3 million 300 thousand tons", "1 billion 461 million tons", "6 crore 40 lakh FASTags": a smaller scaled part added, as
        // translated news writes it; "50 thousand 855 crore rupees": thousands of the larger scale after them (50,855 crore)
        if (scaled && s.IsDigits(last + 1) && !s.Touches(last + 1) && TryParseDigits(s.Span(last + 1), out double part) && part < 1000
            && s.Has(last + 2, WordClass.Scale) && !s.Touches(last + 2) && NumberWords.ValueOf(s.Span(last + 2)) is var partScale && partScale >= 1000
            && NumberWords.ValueOf(s.Span(last)) is var scale
            && (part * partScale < scale || scale == 1000 && partScale > scale && last == i + 1))
        {
            value = part * partScale < scale ? value + part * partScale : (value + part) * partScale;
            last += 2;
        }
        // "a 13-and-a-half year wait": a half more (digits take it hyphenated only)
        if (!scaled && AndAHalfEnd(s, last) is { Hyphenated: true } half)
        {
            value += 0.5;
            last = half.Last;
        }
        if (!scaled && PowerOfTen(s, i) is { } power)
        {
            value = Scaled(value, Math.Pow(10, power.Exponent));
            last = power.Last;
        }
        // 500+ volunteers: the plus bounds the number from below and belongs to its span.
        if (s.IsPunct(last + 1, '+') && s.Touches(last + 1) && !s.IsDigits(last + 2)) last++;
        return new NumberPhrase(i, last, value, NumberForm.Digits, scaled);
    }

    // €85m, tops 2m, $3b: "m" stuck to digits is millions after a currency, or where it cannot be metres (no event,
    // no "-long", no "/s" rate, no "from" a place after it: "fell to 130.1m from 136.5m" is millions); "b" is billions only after a currency, since 250,000b/d counts barrels.
    private static bool IsMillionsOrBillions(SentenceTokens s, int i)
    {
        var suffix = s.Span(i + 1);
        // "$45B", "Ksh 45B", "$12M": a capital letter is a scale only after money
        bool capital = suffix is "B" or "M";
        if (!NumberWords.IsShortScaleSuffix(suffix) && !capital || (s.IsPunct(i + 2, '/') && s.Touches(i + 2))) return false;
        // "$133.1m", "GBP133.1m", "KSh 45B": money before the digits
        bool currency = s.Touches(i) && (s.IsPunct(i - 1, '$') || s.IsPunct(i - 1, '€') || s.IsPunct(i - 1, '£') || s.IsPunct(i - 1, '¥'))
                        || s.IsWord(i - 1) && UnitReader.IsCurrencyPrefix(s.Span(i - 1));
        if (currency) return true;
        if (capital || suffix[0] == 'b') return false;
        if (s.IsPunct(i + 2, '-') && s.Touches(i + 2)) return false; // a 100m-long bridge
        if (UnitReader.SquareOrCubicPower(s, i + 1) > 0) return false; // "157,000m2": square metres
        return !s.Has(i + 2, WordClass.EventNoun) && !s.Is(i + 2, "long") && !s.Is(i + 2, "high") && !s.Is(i + 2, "wide")
            && !s.Is(i + 2, "deep") && !s.Is(i + 2, "tall") && !s.Is(i + 2, "away") && !s.Is(i + 2, "above") && !s.Is(i + 2, "below")
            && !(s.Is(i + 2, "from") && !s.IsDigits(i + 3)) && !s.Is(i + 2, "under");
    }

    // "one in five adults", "9 in 10 farms", "one in every six people": a share of the whole, in percent.
    private static NumberPhrase? OneIn(SentenceTokens s, int i)
    {
        // "nine out of ten workers", "9 out of 10": a ratio as "one in five" is
        bool outOf = s.Is(i + 1, "out") && s.Is(i + 2, "of")
                     && (s.Has(i, WordClass.Cardinal) && s.Has(i + 3, WordClass.Cardinal) || s.IsDigits(i + 3) && s.Span(i + 3) is "10" or "100");
        if (!s.Is(i + 1, "in") && !outOf) return null;
        int w = outOf ? i + 3 : s.Is(i + 2, "every") ? i + 3 : i + 2;
        if (s.Touches(w) && !s.IsDigits(w)) return null;
        double part = SmallCount(s, i), whole = SmallCount(s, w);
        if (double.IsNaN(part) || double.IsNaN(whole) || part >= whole || s.Has(w + 1, WordClass.TimeUnit | WordClass.Scale)) return null;
        if (s.IsPunct(w + 1, '%') || s.Is(w + 1, "percent")) return null;
        return new NumberPhrase(i, w, 100 * part / whole, NumberForm.Fraction, false);
    }

    // A whole number from one to a thousand, written in digits or as one word; NaN otherwise.
    private static double SmallCount(SentenceTokens s, int k)
    {
        double v = s.IsDigits(k) && !s.Span(k).ContainsAny('.', ',') && TryParseDigits(s.Span(k), out double d) ? d
            : s.Has(k, WordClass.Cardinal) ? NumberWords.ValueOf(s.Span(k)) : double.NaN;
        return v is >= 1 and <= 1000 && !(s.IsDigits(k) && NonFigureRules.IsYearDigits(s.Span(k))) ? v : double.NaN;
    }

    // ~5 × 10^6 reads/s: a mantissa times a power of ten.
    private static (int Exponent, int Last)? PowerOfTen(SentenceTokens s, int i)
    {
        if (!(s.IsPunct(i + 1, '×') || s.Is(i + 1, "x")) || !s.IsDigits(i + 2) || !s.Span(i + 2).SequenceEqual("10")) return null;
        if (!s.IsPunct(i + 3, '^') || !s.Touches(i + 3) || !s.IsDigits(i + 4) || !s.Touches(i + 4)) return null;
        return int.TryParse(s.Span(i + 4), out int exponent) && exponent is > 0 and < 100 ? (exponent, i + 4) : null;
    }

    // "twice those of 1990", "more than double the price", "twice as many": a multiple, not an adverb ("twice a week")
    // nor a verb or adjective ("double room", "to double output").
    private static bool StatesMultiple(SentenceTokens s, int i)
    {
        bool compared = s.Is(i + 1, "the") || s.Is(i + 1, "that") || s.Is(i + 1, "those") || s.Is(i + 1, "what")
            || s.Is(i + 1, "its") || s.Is(i + 1, "their") || s.Is(i + 1, "as");
        // "rose more than twice." ends its clause; "nearly twice a year" is a frequency
        if (s.Is(i, "twice")) return compared || ((s.Is(i - 1, "than") || s.Is(i - 1, "nearly") || s.Is(i - 1, "almost")) && !s.IsWord(i + 1));
        // "could double the output" is a verb: a change still to come, not a multiple stated
        // "that is double the 10 cents": after a form of "be" it states what something is, a multiple
        return compared && !s.Is(i - 1, "to") && (Clauses.IsFormOfBe(s, i - 1) || !s.Has(i - 1, WordClass.Auxiliary | WordClass.Determiner));
    }

    // "and a half" or "-and-a-half" after token k: its last token, and whether it was hyphenated; null when absent
    private static (int Last, bool Hyphenated)? AndAHalfEnd(SentenceTokens s, int k)
    {
        if (s.Is(k + 1, "and") && s.Is(k + 2, "a") && s.Is(k + 3, "half")) return (k + 3, false);
        return s.IsPunct(k + 1, '-') && s.Touches(k + 1) && s.Is(k + 2, "and") && s.IsPunct(k + 3, '-') && s.Is(k + 4, "a") && s.IsPunct(k + 5, '-')
            && s.Is(k + 6, "half") ? (k + 6, true) : null;
    }

    // "21-thousand-47 dollars", "two-thousand-83 dollars", "33-hundred dollars": hundreds and thousands joined by hyphens, as
    // broadcast copy spells a number out to be read aloud, the rest after them (not "a 20-thousand-strong crowd", a compound)
    private static (double Scale, double Remainder, int Last)? SpokenHundredsOrThousands(SentenceTokens s, int k)
    {
        if (!s.IsPunct(k + 1, '-') || !s.Touches(k + 1) || !(s.Is(k + 2, "hundred") || s.Is(k + 2, "thousand")) || !s.Touches(k + 2)) return null;
        double scale = NumberWords.ValueOf(s.Span(k + 2));
        if (!s.IsPunct(k + 3, '-') || !s.Touches(k + 3)) return (scale, 0, k + 2);
        if (!s.Touches(k + 4)) return null;
        double rest = s.IsDigits(k + 4) && TryParseDigits(s.Span(k + 4), out double d) ? d
            : s.Has(k + 4, WordClass.Cardinal) ? NumberWords.ValueOf(s.Span(k + 4)) : double.NaN;
        return rest < scale ? (scale, rest, k + 4) : null;
    }

    // "-point-two", "-point-two-five": the decimals of a number spelled out for broadcast, one digit word each
    private static (double Fraction, int Last)? DecimalsInWords(SentenceTokens s, int k)
    {
        if (!s.IsPunct(k + 1, '-') || !s.Touches(k + 1) || !s.Is(k + 2, "point") || !s.Touches(k + 2)) return null;
        double fraction = 0, place = 0.1;
        int last = k + 2;
        while (s.IsPunct(last + 1, '-') && s.Touches(last + 1) && s.Touches(last + 2) && s.Has(last + 2, WordClass.Cardinal)
               && NumberWords.ValueOf(s.Span(last + 2)) is >= 0 and < 10 and var digit)
        {
            fraction += digit * place;
            place /= 10;
            last += 2;
        }
        return last > k + 2 ? (fraction, last) : null;
    }

    private static NumberPhrase? ReadWords(SentenceTokens s, int i)
    {
        double value = NumberWords.ValueOf(s.Span(i));
        if (double.IsNaN(value)) return null;
        int last = i;
        // one-third, two-thirds
        if (s.IsPunct(i + 1, '-') && s.Touches(i + 1) && s.Has(i + 2, WordClass.Fraction) && s.Touches(i + 2) && !s.Is(i + 2, "half"))
            return new NumberPhrase(i, i + 2, value * NumberWords.ValueOf(s.Span(i + 2)), NumberForm.Fraction, false);
        // "two thirds of", "three quarters of": a fraction written apart, before the whole it divides ("the last three quarters
        // of the year" count quarters of time)
        // ("nearly three quarters (73%) of adults": a percent in brackets may restate it before its "of", or with none)
        // ("Over three quarters were in urban areas": or a fraction that opens its sentence as the subject of its verb)
        if (value is >= 1 and < 10 && !s.Touches(i + 1) && s.Has(i + 1, WordClass.Fraction) && !s.Is(i + 1, "half")
            && (s.Is(i + 2, "of") || OfAfterBracket(s, i + 2) || s.Has(i + 2, WordClass.Auxiliary) && OpensSentence(s, i) || PercentInBrackets(s, i + 2))
            && !(s.Span(i + 1).StartsWith("quarter") && s.Is(i + 2, "of") && QuartersOfTime(s, i)))
            return new NumberPhrase(i, i + 1, value * NumberWords.ValueOf(s.Span(i + 1)), NumberForm.Fraction, false);
        // twenty-five
        if (value >= 20 && value < 100 && s.IsPunct(i + 1, '-') && s.Touches(i + 1) && s.Has(i + 2, WordClass.Cardinal) && s.Touches(i + 2))
        {
            value += NumberWords.ValueOf(s.Span(i + 2));
            last = i + 2;
        }
        // "forty five million": tens and units written apart
        else if (value >= 20 && value < 100 && value % 10 == 0 && s.Has(i + 1, WordClass.Cardinal) && !s.Touches(i + 1)
                 && NumberWords.ValueOf(s.Span(i + 1)) is > 0 and < 10 and var units)
        {
            value += units;
            last = i + 1;
        }
        // "four-and-a-half times", "two and a half years": a half more
        if (value < 100 && AndAHalfEnd(s, last) is { } half)
        {
            value += 0.5;
            last = half.Last;
        }
        // "eight-point-two percent": a broadcast's decimal point written as a word
        if (value < 100 && DecimalsInWords(s, last) is { } decimals)
        {
            value += decimals.Fraction;
            last = decimals.Last;
        }
        else if (value < 100 && SpokenHundredsOrThousands(s, last) is { } spoken)
            return new NumberPhrase(i, spoken.Last, value * spoken.Scale + spoken.Remainder, NumberForm.Words, true);
        bool scaled = value >= 100;
        double total = 0;
        while (s.Has(last + 1, WordClass.Scale) && !s.Touches(last + 1))
        {
            double scale = NumberWords.ValueOf(s.Span(last + 1));
            value = Scaled(value, scale);
            last++;
            scaled = true;
            if (scale >= 1000) { total += value; value = 0; }
        }
        value += total;
        // "one" alone is an idiom more often than a count: one of, one-stop, one year later ("one per cent" is a percent, and so
        // is "one-percent").
        if (s.Is(i, "one") && !scaled && !IsPercentWord(s, last + 1)
            && !(s.IsPunct(last + 1, '-') && s.Touches(last + 1) && s.Touches(last + 2) && IsPercentWord(s, last + 2))) return null;
        return new NumberPhrase(i, last, value, NumberForm.Words, scaled);
    }

    // "(27.2%) of": a bracket closed before "of", a few tokens on
    // "nearly two fifths (37%) changed their mind": a percent in brackets restates the fraction before it
    private static bool PercentInBrackets(SentenceTokens s, int open) =>
        s.IsPunct(open, '(') && s.IsDigits(open + 1) && (s.IsPunct(open + 2, '%') && s.IsPunct(open + 3, ')')
            || s.IsPunct(open + 2, '.') && s.IsDigits(open + 3) && s.IsPunct(open + 4, '%') && s.IsPunct(open + 5, ')'));

    private static bool OfAfterBracket(SentenceTokens s, int open)
    {
        if (!s.IsPunct(open, '(')) return false;
        for (int k = open + 1; k < open + 6 && k < s.End; k++)
            if (s.IsPunct(k, ')')) return s.Is(k + 1, "of");
        return false;
    }

    // "percent", "per cent", "percentage point(s)"
    private static bool IsPercentWord(SentenceTokens s, int k) =>
        s.IsLower(k) && (s.Is(k, "percent") || s.Is(k, "per") && s.Is(k + 1, "cent") || s.Is(k, "percentage") && (s.Is(k + 1, "point") || s.Is(k + 1, "points")));

    private static NumberPhrase? ReadHalf(SentenceTokens s, int i)
    {
        if (s.Has(i - 1, WordClass.Ordinal) || s.Is(i - 1, "latter") || s.Is(i - 1, "former")) return null; // the first half, the latter half: a period
        if ((s.Is(i + 1, "a") || s.Is(i + 1, "an")) && s.Has(i + 2, WordClass.Scale))
            return new NumberPhrase(i, i + 2, 0.5 * NumberWords.ValueOf(s.Span(i + 2)), NumberForm.Words, true);
        if (s.Touches(i + 1) && s.IsPunct(i + 1, '-')) return null; // half-time, half-hearted
        bool ofWhole = s.Is(i + 1, "of") || s.Is(i + 1, "the") || s.Is(i + 1, "its") || s.Is(i + 1, "their");
        bool bounded = s.Is(i - 1, "by") || s.Is(i - 1, "than") || s.Is(i - 1, "nearly") || s.Is(i - 1, "almost")
            || s.Is(i - 1, "about") || s.Is(i - 1, "over") || s.Is(i - 1, "around") || s.Is(i - 1, "roughly");
        return ofWhole || bounded ? new NumberPhrase(i, i, 50, NumberForm.Fraction, false) : null;
    }

    // the number opens its sentence, after qualifier words at most ("Over three quarters were")
    private static bool OpensSentence(SentenceTokens s, int i)
    {
        for (int k = s.First; k < i; k++)
            if (!(s.IsWord(k) && s.Span(k).ToString().ToLowerInvariant() is "over" or "nearly" or "almost" or "about" or "around" or "roughly"
                    or "some" or "just" or "more" or "less" or "than" or "under")) return false;
        return true;
    }

    // "the last three quarters of the year", "of 2019", "after two quarters of decline": quarters of time, not of a whole
    private static bool QuartersOfTime(SentenceTokens s, int i) =>
        s.Is(i + 4, "year") || s.IsDigits(i + 3) || s.Has(i + 3, WordClass.ChangeUp | WordClass.ChangeDown) || s.Is(i + 3, "contraction")
        || s.IsWord(i - 1) && s.Span(i - 1) is "after" or "past" or "consecutive" or "straight" or "last" or "next" or "first";

    /// <summary>"$8.2m" is 8,200,000, not 8.2 * 1e6 = 8,199,999.999999999: a scaled value keeps the fifteen significant
    /// digits a double holds.</summary>
    internal static double Scaled(double value, double scale) => Significant(value * scale);

    /// <summary>The value rounded to fifteen significant digits ("2.8p" is 0.028, not 0.027999999999999997): a double
    /// converted to a decimal keeps fifteen, within the decimal's range.</summary>
    internal static double Significant(double value) =>
        Math.Abs(value) is > 1e-20 and < 1e27 ? (double)(decimal)value : value;
}

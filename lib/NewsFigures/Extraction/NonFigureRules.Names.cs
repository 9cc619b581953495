namespace NewsFigures;

/// <summary>Numbers inside names: stock indices ("FTSE 100"), product editions ("iPhone 6 Plus"), aircraft models ("737 Max"),
/// school levels ("Class 10") and telephone numbers.</summary>
internal static partial class NonFigureRules
{
    // "Tel: +44 (0) 20 7355 0070": the digit groups of a telephone number after its label or its "+"
    private static bool IsPhoneNumber(SentenceTokens s, int i)
    {
        // "0171 534 6363": three groups of digits or more after a trunk prefix (a leading zero) are a number to dial
        int start = i;
        while (s.IsDigits(start - 1) && !s.Touches(start)) start--;
        if (s.Span(start) is { Length: >= 3 } prefix && prefix[0] == '0' && DigitGroupsFrom(s, start) >= 3) return true;
        // "(305) 539-6570": an area code in brackets before a number written with a dash
        if (s.IsPunct(i - 1, '(') && s.Span(i).Length == 3 && s.IsPunct(i + 1, ')') && s.IsDigits(i + 2) && s.Span(i + 2).Length == 3
            && s.IsPunct(i + 3, '-') && s.Touches(i + 3) && s.IsDigits(i + 4) && s.Touches(i + 4) && s.Span(i + 4).Length == 4) return true;
        for (int k = i - 1; k >= s.First && k >= i - 8; k--)
        {
            // "+44 (0) 20 7355 0070", not "+12%"
            if (s.IsPunct(k, '+') && s.Touches(k + 1) && s.IsDigits(k + 1) && s.Span(k + 1).Length <= 3 && (k == s.First || !s.IsDigits(k - 1))
                && DigitGroupsFrom(s, k + 1) >= 3) return true;
            if (s.Is(k, "tel") || s.Is(k, "telephone") || s.Is(k, "phone") || s.Is(k, "fax") || s.Is(k, "mobile")) return s.IsPunct(k + 1, ':') || s.IsPunct(k + 1, '.');
            if (!s.IsDigits(k) && !s.IsPunct(k, '(') && !s.IsPunct(k, ')') && !s.IsPunct(k, '-') && !s.IsPunct(k, '+')) return false;
        }
        return false;
    }

    // "1050 Caribbean Way, Miami", "10 Downing Street": a house number before a street's name
    private static bool IsStreetNumber(SentenceTokens s, NumberPhrase p)
    {
        if (p.Form != NumberForm.Digits || p.HasScale || p.First != p.Last || s.Span(p.First).Contains(',')) return false;
        if (s.IsLower(p.First - 1) && Clauses.IsVerbLike(s, p.First - 1)) return false; // "hired 12 Ferry Street workers" counts
        for (int k = p.Last + 1; k <= p.Last + 3 && s.IsWord(k) && s.IsCapitalized(k); k++)
            if (k > p.Last + 1 && s.Span(k) is "Street" or "St" or "Avenue" or "Ave" or "Road" or "Rd" or "Way" or "Boulevard" or "Blvd"
                    or "Drive" or "Lane" or "Place" or "Court" or "Square" or "Parkway" or "Highway") return true;
        return false;
    }

    // how many groups of digits run from k, brackets between them allowed, nothing else
    private static int DigitGroupsFrom(SentenceTokens s, int k)
    {
        int groups = 0;
        for (; s.InRange(k); k++)
        {
            if (s.IsDigits(k)) groups++;
            else if (!s.IsPunct(k, '(') && !s.IsPunct(k, ')') && !s.IsPunct(k, '-')) break;
        }
        return groups;
    }

    // "FTSE 100 stops shy of 7,000 points", "the S&P 500", "Russell 2000": a stock index named with its number
    private static bool IsIndexName(SentenceTokens s, NumberPhrase p)
    {
        if (p.Form != NumberForm.Digits || p.HasScale || p.First != p.Last || s.Touches(p.First)) return false;
        int prev = p.First - 1;
        if (s.IsWord(prev) && s.Span(prev) is "FTSE" or "CAC" or "DAX" or "IBEX" or "Nikkei" or "Russell" or "ASX" or "Nifty" or "Stoxx" or "STOXX"
            or "AEX" or "SMI" or "TSX" or "KOSPI" or "Nasdaq" or "NASDAQ" or "MIB" or "BEL" or "OMX" or "ATX" or "PSI") return true;
        // S&P 500
        return s.Is(prev, "P") && s.IsPunct(prev - 1, '&') && s.Is(prev - 2, "S");
    }

    // "the iPhone 6 and 6 Plus", "Galaxy S24 Ultra": a model number before its edition's name
    private static bool IsEditionNumber(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Digits && !p.HasScale && p.Value < 100 && !s.Touches(p.Last + 1)
        && s.IsWord(p.Last + 1) && s.Span(p.Last + 1) is "Plus" or "Pro" or "Max" or "Mini" or "Ultra" or "Lite" or "Edge" or "Fold" or "Flip";

    // "the iPhone 12 series", "a PlayStation 5": a number right after a product's name written in camel case (a capital after
    // a small letter inside the word, not a possessive "McDonald's") is its edition
    private static bool IsAfterCamelCaseName(SentenceTokens s, NumberPhrase p)
    {
        if (p.Form != NumberForm.Digits || p.HasScale || p.Value >= 100 || p.Value != Math.Floor(p.Value)) return false;
        int name = p.First - 1;
        if (!s.IsWord(name) || s.Touches(p.First)) return false;
        var word = s.Span(name);
        for (int i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1])) return !word.EndsWith("'s") && !word.EndsWith("’s");
        return false;
    }

    // "Boeing 737 Max", "five 787-9s", "one 747-8": aircraft and model numbers, not counts; nor the variant after one (the
    // "9" of "a Boeing 787-9 jet")
    private static bool IsModelNumber(SentenceTokens s, NumberPhrase p)
    {
        if (p.Form != NumberForm.Digits || p.HasScale || p.First != p.Last) return false;
        // "Model 3", "Model Y": a number after a capitalized "Model" names the model
        if (s.Is(p.First - 1, "Model") && s.IsCapitalized(p.First - 1) && !s.Touches(p.First)) return true;
        // "its Galaxy Note 7 woes", "Office 365 subscriptions", "Windows 11 devices": a product line's edition
        if (s.IsCapitalized(p.First - 1) && s.Span(p.First - 1) is "Note" or "Pixel" or "Galaxy" or "Mate" or "Windows" or "Office" or "Dynamics"
            or "Surface" or "Xbox" or "Series" && !s.Touches(p.First) && p.Value <= 400) return true;
        // "787-9", "737-700": the variant after a model's number
        bool variant = s.Touches(p.First) && s.IsPunct(p.First - 1, '-') && s.Touches(p.First - 1);
        return IsModelAt(s, p.First) || variant && IsModelAt(s, p.First - 2) || IsModelBesideModel(s, p.First);
    }

    // "swapped orders for the 737 Max to the 787": a Boeing number after "the" in a sentence that names another model
    private static bool IsModelBesideModel(SentenceTokens s, int k)
    {
        if (!s.Is(k - 1, "the") || s.Span(k) is not ['7', _, '7']) return false;
        for (int m = s.First; m < s.End; m++)
            if (m != k && IsModelAt(s, m)) return true;
        return false;
    }

    // three digits ("737"), not a decimal that opens a range ("4.5-6 GW"), with a model's name or variant beside them
    internal static bool IsModelAt(SentenceTokens s, int k)
    {
        // "$550-575 a tonne" is a price range
        if (!s.IsDigits(k) || s.Span(k).Length != 3 || s.Span(k).Contains('.') || s.InRange(k - 1) && s[k - 1].Kind == TokenKind.Symbol) return false;
        int next = k + 1;
        if (s.IsWord(next) && s.Span(next) is "Max" or "MAX" or "NG" or "Dreamliner" or "neo" or "XWB" or "ER" or "LR") return true;
        // "737-800", "787-9s"; not a round number's range ("300-400 workers")
        if (s.IsPunct(next, '-') && s.Touches(next) && s.Touches(next + 1) && (s.IsDigits(next + 1) && !s.Span(k).EndsWith("0") || s.IsWord(next + 1) && char.IsDigit(s.Span(next + 1)[0]))) return true;
        // "six modern 787 aircraft": a Boeing model's number before a word for planes
        if (s.Span(k) is ['7', _, '7'] && s.IsWord(next) && s.Span(next).ToString().ToLowerInvariant() is "aircraft" or "aircrafts" or "jet" or "jets"
                or "plane" or "planes" or "airliner" or "airliners" or "freighter" or "freighters" or "fleet") return true;
        return s.IsWord(k - 1) && s.Span(k - 1) is "Boeing" or "Airbus" or "Embraer" or "Bombardier";
    }

    // "the CBSE Class 10 examination", "Grade 8 pupils", "in grades 10 and 11": a school year or level named by its number
    private static bool IsLevelName(SentenceTokens s, NumberPhrase p) =>
        IsStageInWords(s, p) || IsPlaceInRun(s, p) || p.Form == NumberForm.Digits && !p.HasScale && p.Value < 20
        && (s.IsCapitalized(p.First - 1) && s.Span(p.First - 1) is "Class" or "Grade" or "Form" or "Standard" or "Key" or "Stage" or "Tier"
                or "Level" or "Division" or "Phase" or "Type" or "Category"
            || s.IsLower(p.First - 1) && s.Span(p.First - 1) is "grade" or "grades"
            // "the CBSE class 12 exams", "a class 10 student"
            || s.IsLower(p.First - 1) && s.Span(p.First - 1) is "class" && s.IsLower(p.Last + 1) && !s.Has(p.Last + 1, WordClass.Preposition | WordClass.Stopword)
            || (s.Is(p.First - 1, "and") || s.Is(p.First - 1, "to")) && s.IsDigits(p.First - 2) && s.IsLower(p.First - 3) && s.Span(p.First - 3) is "grades" or "classes"
            // "Year 6 pupils", "children in year 6": a school year (years of school run to 13)
            || p.Value < 14 && (s.Is(p.First - 1, "Year") && s.IsCapitalized(p.First - 1) || s.Is(p.First - 1, "year") && s.IsLower(p.First - 1) && s.Is(p.First - 2, "in"))
            // "type 1 A&E departments", "type 2 diabetes", "a category 5 hurricane"
            // "hit stage 7 load-shedding": a stage of a schedule too
            || s.IsLower(p.First - 1) && s.Span(p.First - 1) is "type" or "category" or "stage" && s.IsWord(p.Last + 1) && !s.Has(p.Last + 1, WordClass.Preposition | WordClass.Stopword));

    // "on day 26 of auction", "in week 12 of the season", "round 3 of the talks": the ordinal place of a day, week or round
    // in a run, no count
    private static bool IsPlaceInRun(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Digits && p.First == p.Last && !p.HasScale && s.Is(p.Last + 1, "of") && s.IsLower(p.First - 1)
        && s.Span(p.First - 1) is "day" or "week" or "round" or "month" or "matchday" or "gameweek" && !s.Has(p.First - 2, WordClass.Cardinal)
        && !s.IsDigits(p.First - 2);

    // "the Lower 48 states": the contiguous United States by name
    private static bool IsLowerFortyEight(SentenceTokens s, NumberPhrase p) =>
        p.First == p.Last && s.Span(p.First) is "48" && s.Is(p.First - 1, "Lower") && s.IsCapitalized(p.First - 1);

    // "Executive Order 14154", "Resolution 2334": a numbered order, bill or resolution's name
    private static bool IsNumberedInstrument(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Digits && p.First == p.Last && !p.HasScale && s.IsCapitalized(p.First - 1)
        && s.Span(p.First - 1) is "Order" or "Resolution" or "Directive" or "Bill" or "Proclamation" or "Ordinance";

    // "stage two restrictions", "the stage two trigger", "Phase three", "what level three restrictions would mean": a stage,
    // phase or level named in words
    private static bool IsStageInWords(SentenceTokens s, NumberPhrase p) =>
        p.Form == NumberForm.Words && p.First == p.Last && !p.HasScale && p.Value is >= 1 and <= 10
        && (s.Span(p.First - 1) is "stage" or "Stage" or "phase" or "Phase" or "Level" || s.Is(p.First - 1, "level") && s.Is(p.Last + 1, "restrictions"))
        && !s.Is(p.Last + 1, "of") && !s.Has(p.Last + 1, WordClass.Stopword);
}

namespace NewsFigures;

/// <summary>
/// Splits tokens into sentences: after terminal punctuation followed by a capital, digit or quote, and at a
/// line break that starts with a capital or digit when the line before did not stop mid-phrase
/// (so "the region\n\nhad 163" stays one sentence, while a heading stands alone).
/// </summary>
internal static class SentenceSplitter
{
    public static void Split(string text, List<Token> tokens, List<Range> into)
    {
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i + 1 < tokens.Count && EndsAfter(text, tokens, i))
            {
                into.Add(new Range(start, i + 1));
                start = i + 1;
            }
        }
        if (start < tokens.Count) into.Add(new Range(start, tokens.Count));
    }

    private static bool EndsAfter(string text, List<Token> tokens, int i)
    {
        var t = tokens[i];
        int next = i + 1;
        // Closing quotes and brackets stay with the sentence they close.
        while (next < tokens.Count && !tokens[next].SpaceBefore && IsCloser(text[tokens[next].Start])) next++;
        if (next >= tokens.Count) return false;
        if (next != i + 1) return false; // the closer itself ends the sentence; decided at the closer
        var n = tokens[next];
        bool terminal = t.Kind == TokenKind.Punct && text[t.Start] is '.' or '!' or '?' || IsTerminalCloser(text, tokens, i);
        // "No. 1", "p. 4", "Fig. 2": an abbreviated reference before a number
        if (terminal && n.Kind == TokenKind.Digits && i > 0 && (tokens[i - 1].Class & WordClass.ReferenceWord) != 0 && tokens[i - 1].Length <= 3)
            return false;
        if (terminal && text[t.Start] == '.' && i > 0 && EndsNoSentence(text, tokens[i - 1], n)) return false;
        if (terminal) return n.SpaceBefore ? StartsSentence(text, n) : LostSpace(text, tokens, i, n);
        if (!n.LineBreakBefore) return false;
        if (t.Kind == TokenKind.Punct && text[t.Start] is ',' or '(' or '—' or '–' or '/' or '&') return false;
        if (t.Kind == TokenKind.Word && (t.Class & (WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction)) != 0
            && char.IsLower(text[t.Start])) return false;
        return n.Kind == TokenKind.Digits || (n.Kind == TokenKind.Word && char.IsUpper(text[n.Start])) || n.Kind == TokenKind.Symbol;
    }

    // "Mr. Colao", "Jan. 1 and Aug. 24", "San Carlos, Calif. (12.5%)", "1.3% vs. 0.1%", "approx. $32 billion": a title's abbreviation stands before a name, a month's
    // and a currency's ("Rs. 40 lakh") before its number, a US state's after a city and before what the sentence goes on with
    // (not before a capitalized word, which may open the next sentence)
    private static bool EndsNoSentence(string text, Token abbreviation, Token next)
    {
        // "(1.3% vs. 0.1%)": "versus" shortened sets two things side by side
        if (abbreviation.Kind == TokenKind.Word && text.AsSpan(abbreviation.Start, abbreviation.Length) is "vs") return true;
        // "(approx. USD $32 billion)", "approx. 4,000 jobs": approximately, shortened, before an amount
        if (abbreviation.Kind == TokenKind.Word && text.AsSpan(abbreviation.Start, abbreviation.Length) is "approx")
            return next.Kind is TokenKind.Digits or TokenKind.Symbol || UnitReader.IsCurrencyCode(text.AsSpan(next.Start, next.Length));
        if (abbreviation.Kind != TokenKind.Word || abbreviation.Length > 5 || !char.IsUpper(text[abbreviation.Start])) return false;
        var word = text.AsSpan(abbreviation.Start, abbreviation.Length);
        if (word is "Mr" or "Mrs" or "Ms" or "Dr" or "Prof" or "Sen" or "Rep" or "Gov" or "Gen" or "Lt" or "Col" or "Sgt" or "Rev" or "St")
            return char.IsUpper(text[next.Start]);
        if (word is "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec")
            return next.Kind == TokenKind.Digits;
        if (UnitReader.AbbreviatedCurrency(word) is not null) return next.Kind == TokenKind.Digits;
        bool state = word is "Ala" or "Ariz" or "Ark" or "Calif" or "Colo" or "Conn" or "Del" or "Fla" or "Ga" or "Ill" or "Ind" or "Kan"
            or "Ky" or "La" or "Md" or "Mass" or "Mich" or "Minn" or "Miss" or "Mo" or "Mont" or "Neb" or "Nev" or "Okla" or "Ore"
            or "Pa" or "Tenn" or "Va" or "Vt" or "Wash" or "Wis" or "Wyo";
        return state && !char.IsUpper(text[next.Start]);
    }

    // "the World Tourism Organisation says.The number of ...": a full stop between a lower-case word and a capitalized one,
    // both written on without a space, lost the space after it (not "e.g.The", nor a domain's "bbc.co.uk")
    private static bool LostSpace(string text, List<Token> tokens, int i, Token n)
    {
        if (text[tokens[i].Start] != '.' || i == 0 || n.Kind != TokenKind.Word || n.Length < 2) return false;
        var before = tokens[i - 1];
        return before.Kind == TokenKind.Word && before.Length >= 3 && char.IsLower(text[before.Start])
            && char.IsUpper(text[n.Start]) && char.IsLower(text[n.Start + 1]);
    }

    private static bool IsTerminalCloser(string text, List<Token> tokens, int i) =>
        i > 0 && IsCloser(text[tokens[i].Start]) && !tokens[i].SpaceBefore
        && tokens[i - 1].Kind == TokenKind.Punct && text[tokens[i - 1].Start] is '.' or '!' or '?' or ',';

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or ')' or ']' or '\'' or '*';

    private static bool StartsSentence(string text, Token n)
    {
        char c = text[n.Start];
        return char.IsUpper(c) || char.IsAsciiDigit(c) || c is '"' or '“' or '(' or '$' or '‘' or '#' or '*';
    }
}

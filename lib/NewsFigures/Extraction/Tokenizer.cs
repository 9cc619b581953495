namespace NewsFigures;

/// <summary>
/// Splits a text into tokens in one pass, without allocating per character: words (letters with inner
/// apostrophes and ampersands, and dotted abbreviations such as "U.S."), digit runs (with inner thousands
/// separators and a decimal point), URLs, symbols and punctuation.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Appends the tokens of text[start..end) to <paramref name="into"/>; offsets are into the whole text.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> into)
    {
        int i = start, n = end;
        bool space = true, lineBreak = true;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n') lineBreak = true;
                i++;
                continue;
            }

            int first = i;
            TokenKind kind;
            if (IsUrlStart(text, i, n))
            {
                while (i < n && !char.IsWhiteSpace(text[i])) i++;
                kind = TokenKind.Url;
            }
            else if (char.IsAsciiDigit(c))
            {
                i = ScanDigits(text, i, n);
                kind = TokenKind.Digits;
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(text, i, n);
                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = c is '$' or '%' or '€' or '£' or '¥' or '₹' or '₱' or '₦' ? TokenKind.Symbol : TokenKind.Punct;
            }

            var cls = kind == TokenKind.Word ? Lexicon.Classify(text.AsSpan(first, i - first)) : WordClass.None;
            if (kind == TokenKind.Word && char.IsUpper(c) && IsNameParticle(text, into)) into[^1] = into[^1] with { Class = WordClass.None };
            into.Add(new Token(first, i - first, kind, cls, space, lineBreak));
            space = false;
            lineBreak = false;
        }
    }

    // "Banco do Brasil": the "do" of a Portuguese name between two capitalized words is no auxiliary (not "What do Britons")
    private static bool IsNameParticle(string text, List<Token> tokens)
    {
        if (tokens.Count < 2 || tokens[^1].Kind != TokenKind.Word || tokens[^2].Kind != TokenKind.Word) return false;
        if (!text.AsSpan(tokens[^1].Start, tokens[^1].Length).SequenceEqual("do")) return false;
        var before = text.AsSpan(tokens[^2].Start, tokens[^2].Length);
        return char.IsUpper(before[0]) && (Lexicon.Classify(before) & (WordClass.ClauseWord | WordClass.Pronoun | WordClass.Auxiliary)) == 0
            && before is not ("What" or "Why" or "How" or "Where" or "When" or "Who" or "Which" or "I" or "We" or "You" or "They");
    }

    private static bool IsUrlStart(string text, int i, int end) =>
        (text[i] == 'h' && (Follows(text, i, end, "http://") || Follows(text, i, end, "https://")))
        || (text[i] == 'w' && Follows(text, i, end, "www."));

    private static bool Follows(string text, int i, int end, string what) =>
        i + what.Length <= end && string.CompareOrdinal(text, i, what, 0, what.Length) == 0;

    // 1,037.3 and 23,695: a separator counts only when a digit follows it ("1·74bn": a raised point, as some British
    // publishers write the decimal point, too).
    private static int ScanDigits(string text, int i, int n)
    {
        while (i < n)
        {
            if (char.IsAsciiDigit(text[i])) i++;
            else if ((text[i] == ',' || text[i] == '.' || text[i] == NumberReader.RaisedPoint) && i + 1 < n && char.IsAsciiDigit(text[i + 1])) i += 2;
            else break;
        }
        return i;
    }

    private static int ScanWord(string text, int i, int n)
    {
        int start = i;
        while (i < n)
        {
            char c = text[i];
            if (char.IsLetter(c)) i++;
            else if ((c is '\'' or '’' or '&') && i + 1 < n && char.IsLetter(text[i + 1]) && i > start) i++;
            // U.S., e.g.: a dot between single letters belongs to the abbreviation.
            else if (c == '.' && i + 1 < n && char.IsLetter(text[i + 1]) && i - start <= 2 && (i + 2 >= n || text[i + 2] == '.')) i++;
            else if (c == '.' && i - start >= 1 && i >= 2 && text[i - 2] == '.' ) { i++; break; }
            else break;
        }
        return i;
    }
}

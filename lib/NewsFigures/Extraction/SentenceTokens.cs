namespace NewsFigures;

/// <summary>The tokens of one sentence, with the questions every reader asks of them.</summary>
internal sealed class SentenceTokens(string text, List<Token> tokens, int first, int end)
{
    public string Text { get; } = text;
    public int First { get; } = first;
    /// <summary>One past the last token of the sentence.</summary>
    public int End { get; } = end;

    public Token this[int i] => tokens[i];
    public bool InRange(int i) => i >= First && i < End;
    /// <summary>The text of token i; empty outside the sentence, so a reader may look one word past either end.</summary>
    public ReadOnlySpan<char> Span(int i) => InRange(i) ? Text.AsSpan(tokens[i].Start, tokens[i].Length) : default;

    public bool IsWord(int i) => InRange(i) && tokens[i].Kind == TokenKind.Word;
    public bool IsDigits(int i) => InRange(i) && tokens[i].Kind == TokenKind.Digits;
    public bool Is(int i, string word) => IsWord(i) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);
    public bool Has(int i, WordClass c) => IsWord(i) && (tokens[i].Class & c) != 0;
    public bool IsPunct(int i, char c) => InRange(i) && tokens[i].Kind is TokenKind.Punct or TokenKind.Symbol && Text[tokens[i].Start] == c;
    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[tokens[i].Start]);
    public bool IsLower(int i) => IsWord(i) && char.IsLower(Text[tokens[i].Start]);

    /// <summary>A word of two letters or more, all capitals: "BEIJING", "CANBERRA" of a wire dateline.</summary>
    public bool IsAllCapitals(int i)
    {
        if (!IsWord(i) || tokens[i].Length < 2) return false;
        foreach (char c in Span(i)) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>True when token i touches token i-1 with no space between.</summary>
    public bool Touches(int i) => InRange(i) && InRange(i - 1) && !tokens[i].SpaceBefore;

    /// <summary>Punctuation that ends a clause: , ; : ( ) — – a bullet, and a spaced hyphen.</summary>
    public bool IsClauseBreak(int i)
    {
        if (!InRange(i)) return true;
        var t = tokens[i];
        if (t.Kind != TokenKind.Punct) return false;
        char c = Text[t.Start];
        return c is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '.' or '!' or '?' or '"' or '“' or '”' or '•'
            || (c == '-' || c == '*') && t.SpaceBefore // a spaced hyphen; a bullet written as "*" (a footnote's touches its word)
            && !(c == '-' && i + 1 < End && tokens[i + 1].Kind == TokenKind.Digits && !tokens[i + 1].SpaceBefore); // "were -29.6%": a minus
    }

    /// <summary>The sentence text with runs of whitespace collapsed to one space.</summary>
    public string Normalized()
    {
        int from = tokens[First].Start, to = tokens[End - 1].End;
        var sb = new System.Text.StringBuilder(to - from);
        bool pendingSpace = false;
        for (int k = from; k < to; k++)
        {
            char c = Text[k];
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (pendingSpace && sb.Length > 0) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The words of tokens [from, to) joined with single spaces, hyphens and apostrophes kept tight.</summary>
    public string Join(int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (int k = Math.Max(from, First); k < Math.Min(to, End); k++)
        {
            if (sb.Length > 0 && tokens[k].SpaceBefore) sb.Append(' ');
            sb.Append(Span(k));
        }
        return sb.ToString();
    }
}

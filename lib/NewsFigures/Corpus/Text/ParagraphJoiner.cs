namespace NewsFigures;

/// <summary>
/// Rejoins paragraphs that a page layout cut apart: at a column or page break, around a photo caption,
/// or at a hyphenated line end. Only breaks the text itself shows to be false are joined:
/// the first part stops mid-sentence and the second begins in lower case (or the first leaves a quotation open),
/// or the text is hard-wrapped and the line was ended by the wrapping.
/// </summary>
internal static class ParagraphJoiner
{
    private enum Break { Keep, Space, Heal, HealKeepingHyphen }

    public static List<TextUnit> Join(IReadOnlyList<TextUnit> units, string raw, HardWrap wrap)
    {
        var joined = new List<TextUnit>(units.Count);
        int i = 0;
        while (i < units.Count)
        {
            var first = units[i];
            MappedStringBuilder? text = null; // made at the first join: most paragraphs are one unit
            var last = first;
            var quotes = Quotes.In(first.Plain);
            int j = i + 1;
            for (; j < units.Count; j++)
            {
                var next = units[j];
                var join = Decide(last, quotes, next, raw, wrap);
                if (join == Break.Keep) break;
                text ??= new MappedStringBuilder().Append(first.Text);
                if (join == Break.Heal) text.RemoveLast();
                if (join == Break.Space) text.Append(" ", last.RawEnd);
                text.Append(next.Text);
                quotes += Quotes.In(next.Plain);
                last = next;
            }
            joined.Add(text is null ? first : first with { Text = text.ToMappedString(), LastLine = last.LastLine, RawEnd = last.RawEnd });
            i = j;
        }
        return joined;
    }

    private static Break Decide(TextUnit first, Quotes quotes, TextUnit second, string raw, HardWrap wrap)
    {
        if (first.HeadingLevel > 0 || second.HeadingLevel > 0 || first.IsBoldOnly || second.IsBoldOnly) return Break.Keep;
        string a = first.Plain, b = second.Plain;
        if (a.Length == 0 || b.Length == 0) return Break.Keep;
        bool wrapped = second.FirstLine == first.LastLine + 1 && wrap.IsWrapped(first.LastLine);
        if (wrapped && IsHyphenatedBreak(a))
            return char.IsLower(b[0]) && !KeepsHyphen(a, b, raw) ? Break.Heal : Break.HealKeepingHyphen; // "Sino-" + "American" keeps it
        if (wrapped)
            return Break.Space;
        if (EndsSentence(a)) return Break.Keep;

        if (IsHyphenatedBreak(a) && char.IsLower(b[0]))
            return KeepsHyphen(a, b, raw) ? Break.HealKeepingHyphen : Break.Heal;
        if (a[^1] == '-')
            return Break.Keep; // a cut-off word with no continuation in sight: leave the break
        if (char.IsLower(b[0]) || (quotes.IsOpen && ReadsAsSentence(b)))
            return Break.Space;
        return Break.Keep;
    }

    /// <summary>Ends in a letter and a hyphen, as a word broken across lines does ("pub-").</summary>
    private static bool IsHyphenatedBreak(string a) => a.Length >= 2 && a[^1] == '-' && char.IsLetter(a[^2]);

    /// <summary>A compound printed with its hyphen elsewhere in the file ("co-founded") keeps it when healed.</summary>
    private static bool KeepsHyphen(string a, string b, string raw)
    {
        int start = a.Length - 1;
        while (start > 0 && char.IsLetter(a[start - 1])) start--;
        string left = a[start..^1];
        int end = 0;
        while (end < b.Length && char.IsLetter(b[end])) end++;
        string right = b[..end];
        if (left.Length == 0 || right.Length == 0) return false;
        return raw.Contains(left + "-" + right, StringComparison.OrdinalIgnoreCase)
            && !raw.Contains(left + right, StringComparison.OrdinalIgnoreCase);
    }

    public static bool EndsSentence(string text)
    {
        int i = text.Length - 1;
        while (i >= 0 && IsClosingMark(text[i])) i--;
        return i >= 0 && text[i] is '.' or '!' or '?' or ':' or ';' or '…';
    }

    private static bool IsClosingMark(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '*';

    /// <summary>Quotation state so far: straight quotes counted (odd means open), curly ones as openings minus closings.</summary>
    private readonly record struct Quotes(int Straight, int Curly)
    {
        public static Quotes In(string text) => new(text.AsSpan().Count('"'), text.AsSpan().Count('“') - text.AsSpan().Count('”'));

        public static Quotes operator +(Quotes a, Quotes b) => new(a.Straight + b.Straight, a.Curly + b.Curly);

        public bool IsOpen => Straight % 2 == 1 || Curly > 0;
    }

    private static bool ReadsAsSentence(string b) =>
        b[0] is not ('"' or '“') && (b.Contains(". ") || EndsSentence(b) || b.Contains(", "));
}

using System.Text;

namespace CorpusGen;

/// <summary>
/// Makes a seed paragraph into a new one: a share of the replaceable words (two in five by default) become other words
/// of the seeds' vocabulary, so most word 3-shingles are new and files drawn from the same seeds do not read as reprints
/// of each other; then every digit is shifted, so numbers differ. Its random stream is its own, so the share changes the
/// words and nothing else (not which paragraphs a file draws). Digits, capitalised words, figure words (<see cref="KeptWords"/>)
/// and any word within three words of a number stay as they are: the figures read as before.
/// </summary>
internal sealed class WordVariation(IReadOnlyList<string> vocabulary, double replaceShare, int digitShift, SeededRandom random)
{
    /// <summary>Words this close (in words) to a number are left alone: units, scales, bounds and metric heads live there.</summary>
    private const int NumberNeighbourhood = 3;

    private const int MinReplaceableLength = 4;

    public string Apply(string text) => ShiftDigits(ReplaceWords(text), digitShift);

    /// <summary>The words of a text that may be replaced, and may replace others.</summary>
    public static IEnumerable<string> ReplaceableWords(string text) =>
        Tokens(text).Where(t => !t.IsNumber).Select(t => text.Substring(t.Start, t.Length)).Where(IsReplaceable);

    private string ReplaceWords(string text)
    {
        var tokens = Tokens(text);
        var nearNumber = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
            if (tokens[i].IsNumber)
                for (int j = Math.Max(0, i - NumberNeighbourhood); j <= Math.Min(tokens.Count - 1, i + NumberNeighbourhood); j++)
                    nearNumber[j] = true;

        var result = new StringBuilder(text.Length + 16);
        int copied = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var (start, length, isNumber) = tokens[i];
            if (isNumber || nearNumber[i] || !IsReplaceable(text.Substring(start, length)) || !random.Chance(replaceShare)) continue;
            result.Append(text, copied, start - copied).Append(random.Pick(vocabulary));
            copied = start + length;
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Digit d becomes 1 + (d + shift) mod 9: never 0, so no number gains a leading zero.</summary>
    public static string ShiftDigits(string text, int shift) => string.Create(text.Length, (text, shift), static (span, state) =>
    {
        var (source, by) = state;
        for (int i = 0; i < span.Length; i++)
        {
            char c = source[i];
            span[i] = c is >= '0' and <= '9' ? (char)('1' + (c - '0' + by) % 9) : c;
        }
    });

    private static bool IsReplaceable(string word) =>
        word.Length >= MinReplaceableLength && word.All(c => c is >= 'a' and <= 'z') && !KeptWords.Contains(word);

    /// <summary>Runs of letters (words) and runs of digits (numbers), in order.</summary>
    private static List<(int Start, int Length, bool IsNumber)> Tokens(string text)
    {
        var tokens = new List<(int, int, bool)>();
        int i = 0;
        while (i < text.Length)
        {
            bool letter = char.IsLetter(text[i]), digit = char.IsAsciiDigit(text[i]);
            if (!letter && !digit) { i++; continue; }
            int start = i;
            while (i < text.Length && (letter ? char.IsLetter(text[i]) : char.IsAsciiDigit(text[i]))) i++;
            tokens.Add((start, i - start, digit));
        }
        return tokens;
    }
}

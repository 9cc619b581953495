namespace NewsFigures;

/// <summary>
/// The distinct word shingles of a text (every run of <see cref="Size"/> consecutive words, lower-cased, with hyphens
/// and apostrophes ignored inside words, so "Inter-connected" and "Interconnected" compare equal), each as a 64-bit
/// hash. Hashes, not strings: nothing is allocated per word, and the same text gives the same hashes in every process.
/// </summary>
internal static class ShingleHashes
{
    public const int Size = 3;

    public static HashSet<ulong> Of(string text)
    {
        var set = new HashSet<ulong>(text.Length / 6); // about one shingle a word: sized once, not grown
        ulong first = 0, second = 0;
        int words = 0;
        ulong word = FnvOffset;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word = (word ^ char.ToLowerInvariant(c)) * FnvPrime;
                inWord = true;
            }
            else if (c is '-' or '\'' or '’' && inWord) continue;
            else if (inWord) EndWord();
        }
        if (inWord) EndWord();
        return set;

        void EndWord()
        {
            ulong third = Mix(word);
            if (++words >= Size) set.Add(Mix(first * 0x9E3779B97F4A7C15UL ^ Rotate(second, 21) ^ Rotate(third, 42)));
            (first, second) = (second, third);
            word = FnvOffset;
            inWord = false;
        }
    }

    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    private static ulong Rotate(ulong value, int bits) => (value << bits) | (value >> (64 - bits));

    /// <summary>A finalizer that spreads every input bit over the whole word (SplitMix64's), so low bits sample fairly.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

using System.Text;

namespace NewsFigures;

/// <summary>
/// Word shingles of a text: every run of <see cref="Size"/> consecutive words, lower-cased, with hyphens and
/// apostrophes ignored inside words, so "Inter-connected" and "Interconnected" compare equal.
/// </summary>
internal static class Shingles
{
    public const int Size = 3;

    public static HashSet<string> Of(string text)
    {
        var words = Words(text).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + Size <= words.Length; i++)
            set.Add(string.Join(' ', words, i, Size));
        return set;
    }

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (c is '-' or '\'' or '’' && word.Length > 0) continue;
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }
}

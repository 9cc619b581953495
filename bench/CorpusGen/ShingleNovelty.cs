namespace CorpusGen;

/// <summary>
/// The share of a generated file's word 3-shingles that its seeds do not contain: the evidence that files drawn from the
/// same few seed articles are new text to a shingle-based duplicate finder. Words as the library's finder reads them:
/// letters and digits, lower case, hyphens and apostrophes inside a word ignored.
/// </summary>
internal sealed class ShingleNovelty(IEnumerable<string> seedTexts)
{
    private readonly HashSet<string> _seedShingles = seedTexts.SelectMany(Shingles).ToHashSet(StringComparer.Ordinal);
    private long _new, _all;

    public void Add(string text)
    {
        foreach (var shingle in Shingles(text).Distinct(StringComparer.Ordinal))
        {
            _all++;
            if (!_seedShingles.Contains(shingle)) _new++;
        }
    }

    public double NewShare => _all == 0 ? 0 : (double)_new / _all;

    private static IEnumerable<string> Shingles(string text)
    {
        var words = Words(text);
        for (int i = 0; i + 3 <= words.Count; i++) yield return $"{words[i]} {words[i + 1]} {words[i + 2]}";
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
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

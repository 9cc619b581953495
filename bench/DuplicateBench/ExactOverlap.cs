using NewsFigures;

namespace DuplicateBench;

/// <summary>
/// The reference duplicate detection is measured against (the project's rule before it sampled): every piece compared
/// with every earlier original on all their word 3-shingles as strings (lower case, hyphens and apostrophes inside
/// words ignored); an overlap coefficient |A∩B| / min(|A|,|B|) of at least 0.6 links a piece to the best, then earliest,
/// original; pieces of fewer than 20 shingles are never linked. Holds every original's shingles: for fixtures and
/// benchmarks, not for gigabytes. The duplicate tests compile this file too.
/// </summary>
public static class ExactOverlap
{
    public const double Threshold = 0.6;
    public const int MinShingles = 20;

    /// <summary>Per piece of the corpus, in order, "file#piece" of the original it copies, or null.</summary>
    public static List<string?> Links(Corpus corpus)
    {
        var originals = new List<(string Name, int Count)>();
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var links = new List<string?>();
        foreach (var piece in corpus.Pieces)
        {
            var shingles = Shingles(piece.Body.Text);
            if (shingles.Count < MinShingles) { links.Add(null); continue; }
            var shared = new Dictionary<int, int>();
            foreach (var s in shingles)
                if (holders.TryGetValue(s, out var list))
                    foreach (int o in list) shared[o] = shared.GetValueOrDefault(o) + 1;
            var best = shared
                .Select(kv => (Original: kv.Key, Score: (double)kv.Value / Math.Min(shingles.Count, originals[kv.Key].Count)))
                .Where(x => x.Score >= Threshold)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Original)
                .Select(x => (int?)x.Original)
                .FirstOrDefault();
            links.Add(best is { } b ? originals[b].Name : null);
            if (best is not null) continue;
            originals.Add(($"{piece.FileName}#{piece.Number}", shingles.Count));
            foreach (var s in shingles)
            {
                if (!holders.TryGetValue(s, out var list)) holders[s] = list = [];
                list.Add(originals.Count - 1);
            }
        }
        return links;
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (char c in text + " ")
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLowerInvariant(c));
            else if (c is '-' or '\'' or '’' && word.Length > 0) continue;
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        var array = words.ToArray();
        return Enumerable.Range(0, Math.Max(0, array.Length - 2)).Select(i => string.Join(' ', array, i, 3)).ToHashSet();
    }
}

namespace NewsFigures.Tests.CorpusTests;

/// <summary>
/// The reference the duplicate index is measured against: every pair of pieces compared on all their word 3-shingles
/// as strings, the overlap coefficient |A∩B| / min(|A|,|B|) >= 0.6 linking a piece to the best (then earliest) earlier
/// original. Quadratic and memory-hungry, which is why the library samples; fine for a fixture.
/// </summary>
internal static class ExactOverlap
{
    public static List<string?> Links(Corpus corpus)
    {
        var originals = new List<(string Name, HashSet<string> Shingles)>();
        var links = new List<string?>();
        foreach (var piece in corpus.Pieces)
        {
            var shingles = Shingles(piece.Body.Text);
            if (shingles.Count < DuplicateIndex.MinShingles) { links.Add(null); continue; }
            var best = originals
                .Select(o => (o.Name, Score: (double)o.Shingles.Count(shingles.Contains) / Math.Min(shingles.Count, o.Shingles.Count)))
                .Where(o => o.Score >= DuplicateIndex.Threshold)
                .OrderByDescending(o => o.Score)
                .FirstOrDefault();
            links.Add(best.Name);
            if (best.Name is null) originals.Add(($"{piece.FileName}#{piece.Number}", shingles));
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

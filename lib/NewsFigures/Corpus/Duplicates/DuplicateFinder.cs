namespace NewsFigures;

/// <summary>
/// Links each piece to the earliest earlier piece sharing most of its word shingles. The similarity is the
/// overlap coefficient |A∩B| / min(|A|,|B|), so a short reprint of a long story still scores high.
/// </summary>
internal static class DuplicateFinder
{
    /// <summary>Pieces sharing at least this share of the smaller piece's shingles are the same story.</summary>
    public const double Threshold = 0.6;

    /// <summary>Too few shingles make any overlap meaningless.</summary>
    public const int MinShingles = 20;

    /// <summary>Returns, per (article index, piece index), the link to an earlier piece, if any.</summary>
    public static Dictionary<(int Article, int Piece), DuplicateLink> Find(IReadOnlyList<ArticleDraft> articles)
    {
        var links = new Dictionary<(int, int), DuplicateLink>();
        var seen = new List<(int Article, int Piece, HashSet<string> Shingles)>();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal); // shingle -> positions in `seen`

        for (int a = 0; a < articles.Count; a++)
        {
            for (int p = 0; p < articles[a].Pieces.Count; p++)
            {
                var shingles = Shingles.Of(articles[a].Pieces[p].Body.Text);
                if (shingles.Count < MinShingles) continue;

                var shared = new Dictionary<int, int>();
                foreach (var s in shingles)
                    if (index.TryGetValue(s, out var holders))
                        foreach (int h in holders) shared[h] = shared.GetValueOrDefault(h) + 1;

                var best = shared
                    .Select(kv => (Seen: kv.Key, Score: (double)kv.Value / Math.Min(shingles.Count, seen[kv.Key].Shingles.Count)))
                    .Where(x => x.Score >= Threshold)
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Seen)
                    .FirstOrDefault();
                if (best.Score > 0)
                {
                    var original = seen[best.Seen];
                    links[(a, p)] = new DuplicateLink(articles[original.Article].FileName, original.Piece + 1, Math.Round(best.Score, 3));
                }

                if (links.ContainsKey((a, p))) continue; // only originals are link targets, so only they are indexed
                seen.Add((a, p, shingles));
                foreach (var s in shingles)
                {
                    if (!index.TryGetValue(s, out var holders)) index[s] = holders = [];
                    holders.Add(seen.Count - 1);
                }
            }
        }
        return links;
    }
}

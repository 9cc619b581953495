namespace NewsFigures;

/// <summary>
/// Links each piece to the earliest earlier piece sharing most of its word shingles, one piece at a time in corpus
/// order. The similarity is the overlap coefficient |A∩B| / min(|A|,|B|), so a short reprint of a long story still
/// scores high; it is computed on the pieces' samples (<see cref="DuplicateSketch"/>), exactly when both are short.
/// Only originals are indexed, by their sampled hashes: memory grows by about a kilobyte per original piece, not with
/// its text, and a piece is compared only with pieces sharing a sampled shingle.
/// </summary>
internal sealed class DuplicateIndex
{
    /// <summary>Pieces sharing at least this share of the smaller piece's shingles are the same story.</summary>
    public const double Threshold = 0.6;

    /// <summary>Too few shingles make any overlap meaningless.</summary>
    public const int MinShingles = 20;

    /// <summary>Fewer sampled shingles than this on either side decide nothing (a short piece against a very long one).</summary>
    public const int MinCompared = 16;

    /// <summary>
    /// A sampled shingle held by this many originals is a phrase of the language ("according to the"), not of a story:
    /// further holders are not recorded and it links nothing, so a common phrase costs a constant, not the corpus size.
    /// </summary>
    public const int CommonShingleHolders = 64;

    /// <summary>Sample sizes kept per original, from its own level up: enough for any piece it is compared with.</summary>
    private const int LevelsKept = 16;

    private readonly List<Original> _originals = [];
    private readonly ShingleTable _table = new();
    private int[] _shared = new int[1024];   // per original: sampled shingles shared with the piece being matched
    private readonly List<int> _touched = []; // originals whose count is not zero, to reset them after

    private readonly record struct Original(string FileName, int PieceNumber, int Level, ushort[] SampleSizes);

    public int Originals => _originals.Count;

    /// <summary>Returns the link to an earlier piece this one copies, or null (and then indexes it as an original).</summary>
    public DuplicateLink? Link(string fileName, int pieceNumber, DuplicateSketch? sketch)
    {
        if (sketch is null) return null;
        var link = BestMatch(sketch);
        if (link is null) Add(fileName, pieceNumber, sketch);
        return link;
    }

    private DuplicateLink? BestMatch(DuplicateSketch sketch)
    {
        if (_shared.Length < _originals.Count) Array.Resize(ref _shared, Math.Max(_originals.Count, _shared.Length * 2));
        foreach (var hash in sketch.Sample)
            foreach (int holder in _table.Holders(hash, CommonShingleHolders))
                if (DuplicateSketch.Sampled(hash, Math.Max(sketch.Level, _originals[holder].Level)) && _shared[holder]++ == 0)
                    _touched.Add(holder);

        Span<int> mine = stackalloc int[65];
        mine.Fill(-1);
        (int Holder, double Score) best = (-1, 0);
        foreach (int holder in _touched)
        {
            int shared = _shared[holder];
            _shared[holder] = 0;
            var original = _originals[holder];
            int level = Math.Max(sketch.Level, original.Level);
            int smaller = Math.Min(mine[level] >= 0 ? mine[level] : mine[level] = sketch.SampleSize(level), SampleSize(original, level));
            if (smaller < MinCompared) continue;
            double score = (double)shared / smaller;
            if (score >= Threshold && (score > best.Score || score == best.Score && holder < best.Holder)) best = (holder, score);
        }
        _touched.Clear();
        if (best.Holder < 0) return null;
        var match = _originals[best.Holder];
        return new DuplicateLink(match.FileName, match.PieceNumber, Math.Round(Math.Min(best.Score, 1), 3));
    }

    private void Add(string fileName, int pieceNumber, DuplicateSketch sketch)
    {
        var sizes = new ushort[LevelsKept];
        for (int k = 0; k < LevelsKept; k++) sizes[k] = (ushort)Math.Min(sketch.SampleSize(sketch.Level + k), ushort.MaxValue);
        _originals.Add(new Original(fileName, pieceNumber, sketch.Level, sizes));
        foreach (var hash in sketch.Sample) _table.Add(hash, _originals.Count - 1, CommonShingleHolders);
    }

    private static int SampleSize(Original original, int level) =>
        level - original.Level < LevelsKept ? original.SampleSizes[level - original.Level] : 0;
}

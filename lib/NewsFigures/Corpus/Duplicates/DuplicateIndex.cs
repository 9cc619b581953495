using System.Numerics;

namespace NewsFigures;

/// <summary>
/// Links each piece to the earliest earlier piece sharing most of its word shingles, one piece at a time in corpus
/// order. The similarity is the overlap coefficient |A∩B| / min(|A|,|B|), so a short reprint of a long story still
/// scores high; it is computed on the pieces' samples (<see cref="DuplicateSketch"/>), exactly when both are short.
/// Only originals are kept: each as its sample, found through a few of its sampled shingles (<see cref="IndexedPerPiece"/>),
/// so memory grows by about a kilobyte per original piece, not with its text, and a piece is compared only with the
/// originals sharing one of those shingles.
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
    /// Shingles of an original through which it is found: those any piece samples first (the most trailing zero bits),
    /// so a copy finds its original even when one of them is many times longer than the other. A copy shares 60% of the
    /// smaller piece's shingles, so it misses all sixteen only by a chance far below one in a thousand.
    /// </summary>
    public const int IndexedPerPiece = 16;

    /// <summary>
    /// A shingle through which this many originals are found is a phrase of the language ("according to the"), not of a
    /// story: no further original is found through it, and a piece looks no original up by it, so a common phrase costs
    /// a constant, not the corpus size. Comparison itself still counts it.
    /// </summary>
    public const int CommonShingleHolders = 16;

    private readonly List<Original> _originals = [];
    private readonly ShingleTable _table = new();
    private int[] _seen = new int[1024]; // per original: the query that last compared it, so each is compared once
    private int _query;

    /// <summary>What is kept of an original piece: where it is, and its sample (sorted) at its level.</summary>
    private sealed record Original(string FileName, int PieceNumber, int Level, ulong[] Sample);

    public int Originals => _originals.Count;

    /// <summary>Returns the link to an earlier piece this one copies, or null (and then keeps it as an original).</summary>
    public DuplicateLink? Link(string fileName, int pieceNumber, DuplicateSketch? sketch)
    {
        if (sketch is null) return null;
        var link = BestMatch(sketch);
        if (link is null) Add(fileName, pieceNumber, sketch);
        return link;
    }

    private DuplicateLink? BestMatch(DuplicateSketch sketch)
    {
        if (_seen.Length < _originals.Count) Array.Resize(ref _seen, Math.Max(_originals.Count, _seen.Length * 2));
        _query++;
        (int Holder, double Score) best = (-1, 0);
        foreach (var hash in sketch.All)
        {
            // Originals are indexed by their hashes of most trailing zero bits, and even one of 20 shingles has about ten
            // with at least one: a copy meets its original through those alone, in half the lookups.
            if (!DuplicateSketch.Sampled(hash, 1)) continue;
            foreach (int holder in _table.Holders(hash, CommonShingleHolders))
            {
                if (_seen[holder] == _query) continue;
                _seen[holder] = _query;
                double score = Overlap(sketch, _originals[holder], Math.Max(Threshold, best.Score));
                if (score >= Threshold && (score > best.Score || score == best.Score && holder < best.Holder)) best = (holder, score);
            }
        }
        if (best.Holder < 0) return null;
        var match = _originals[best.Holder];
        return new DuplicateLink(match.FileName, match.PieceNumber, Math.Round(best.Score, 3));
    }

    /// <summary>
    /// Overlap coefficient of a piece and an original on the hashes the original samples (those at its level): the piece
    /// brings all its hashes, so the estimate rests on the original's whole sample, or on the piece's part of it when the
    /// piece is the shorter; 0 when fewer than <see cref="MinCompared"/> hashes would decide.
    /// </summary>
    /// <param name="atLeast">Scores below this are of no use: the count stops, and says 0, once it cannot reach it
    /// (most originals a piece meets share a phrase or two, and are dismissed in a third of their sample).</param>
    private static double Overlap(DuplicateSketch piece, Original original, double atLeast)
    {
        int smaller = Math.Min(piece.CountAt(original.Level), original.Sample.Length);
        if (smaller < MinCompared) return 0;
        int needed = (int)Math.Ceiling(atLeast * smaller - 1e-9), shared = 0, left = original.Sample.Length;
        foreach (var hash in original.Sample)
        {
            if (piece.Contains(hash)) shared++;
            if (shared + --left < needed) return 0;
        }
        return (double)shared / smaller;
    }

    private void Add(string fileName, int pieceNumber, DuplicateSketch sketch)
    {
        _originals.Add(new Original(fileName, pieceNumber, sketch.Level, sketch.Sample));
        // The sample sorted by trailing zero bits, most first, then by value: the same hashes whatever the order they came in.
        var byZeros = (ulong[])sketch.Sample.Clone();
        Array.Sort(byZeros, (a, b) => BitOperations.TrailingZeroCount(b).CompareTo(BitOperations.TrailingZeroCount(a)) is var c and not 0 ? c : a.CompareTo(b));
        foreach (var hash in byZeros.AsSpan(0, Math.Min(IndexedPerPiece, byZeros.Length))) _table.Add(hash, _originals.Count - 1, CommonShingleHolders);
    }
}

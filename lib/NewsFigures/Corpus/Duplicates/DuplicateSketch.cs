using System.Numerics;

namespace NewsFigures;

/// <summary>
/// What duplicate detection keeps of a piece: a fixed sample of its shingle hashes, those whose lowest
/// <see cref="Level"/> bits are zero. The level rises with the piece's length so a sample holds at most about
/// <see cref="TargetSample"/> hashes; a short piece keeps every shingle. A piece compares with an original on the hashes
/// the original samples, so the overlap of the two on that fixed sample estimates the overlap of their shingles, a
/// short piece inside a long one included (a min-hash signature would estimate Jaccard similarity instead, which a short
/// reprint of a long story never reaches).
/// </summary>
internal sealed class DuplicateSketch
{
    /// <summary>Hashes a sample aims at: enough for a ±0.05 estimate of a 0.6 overlap, little enough to index a gigabyte.</summary>
    public const int TargetSample = 128;

    private readonly HashSet<ulong> _all;
    private readonly int[] _atLevel;

    private DuplicateSketch(int level, ulong[] sample, HashSet<ulong> all, int[] atLevel)
    {
        Level = level;
        Sample = sample;
        _all = all;
        _atLevel = atLevel;
    }

    public int Level { get; }

    /// <summary>The sampled hashes, sorted.</summary>
    public ulong[] Sample { get; }

    /// <summary>Every hash: compared at an original's level, a long piece brings all of them, not just its sparser sample
    /// (an original keeps only its level and sample, see <see cref="DuplicateIndex"/>).</summary>
    public IEnumerable<ulong> All => _all;

    public bool Contains(ulong hash) => _all.Contains(hash);

    /// <summary>How many of the piece's hashes a piece at <paramref name="level"/> would sample.</summary>
    public int CountAt(int level) => _atLevel[level];

    /// <summary>The sketch of a text, or null when it has too few shingles for any overlap to mean something.</summary>
    public static DuplicateSketch? Of(string text)
    {
        var shingles = ShingleHashes.Of(text);
        if (shingles.Count < DuplicateIndex.MinShingles) return null;
        int level = 0;
        while (shingles.Count >> level > TargetSample) level++;
        var atLevel = new int[65]; // atLevel[k]: hashes with at least k trailing zero bits
        foreach (var h in shingles) atLevel[BitOperations.TrailingZeroCount(h)]++;
        for (int k = 63; k >= 0; k--) atLevel[k] += atLevel[k + 1];
        var sample = shingles.Where(h => Sampled(h, level)).ToArray();
        Array.Sort(sample); // the same sample in the same order, whatever the set's order
        return new DuplicateSketch(level, sample, shingles, atLevel);
    }

    /// <summary>Whether a hash is in the sample of a piece at this level.</summary>
    public static bool Sampled(ulong hash, int level) => BitOperations.TrailingZeroCount(hash) >= level;
}

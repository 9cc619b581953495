using System.Numerics;

namespace NewsFigures;

/// <summary>
/// What duplicate detection keeps of a piece: a fixed sample of its shingle hashes, those whose lowest
/// <see cref="Level"/> bits are zero. The level rises with the piece's length so a sample holds at most about
/// <see cref="TargetSample"/> hashes; a short piece keeps every shingle. Two pieces compare on the hashes both would
/// sample at the higher of their levels, so the overlap of their samples estimates the overlap of their shingles, a
/// short piece inside a long one included (a min-hash signature would estimate Jaccard similarity instead, which a short
/// reprint of a long story never reaches).
/// </summary>
internal sealed class DuplicateSketch
{
    /// <summary>Hashes a sample aims at: enough for a ±0.05 estimate of a 0.6 overlap, little enough to index a gigabyte.</summary>
    public const int TargetSample = 128;

    private DuplicateSketch(int shingles, int level, ulong[] sample)
    {
        Shingles = shingles;
        Level = level;
        Sample = sample;
    }

    /// <summary>Distinct shingles in the piece.</summary>
    public int Shingles { get; }

    public int Level { get; }

    public ulong[] Sample { get; }

    /// <summary>The sketch of a text, or null when it has too few shingles for any overlap to mean something.</summary>
    public static DuplicateSketch? Of(string text)
    {
        var shingles = ShingleHashes.Of(text);
        if (shingles.Count < DuplicateIndex.MinShingles) return null;
        int level = 0;
        while (shingles.Count >> level > TargetSample) level++;
        var sample = shingles.Where(h => Sampled(h, level)).ToArray();
        Array.Sort(sample); // the index is filled in this order: same text, same table, whatever the set's order
        return new DuplicateSketch(shingles.Count, level, sample);
    }

    /// <summary>Whether a hash is in the sample of a piece at this level.</summary>
    public static bool Sampled(ulong hash, int level) => BitOperations.TrailingZeroCount(hash) >= level;

    /// <summary>How many of the sampled hashes a piece at <paramref name="level"/> (at least <see cref="Level"/>) would keep.</summary>
    public int SampleSize(int level)
    {
        int count = 0;
        foreach (var h in Sample) if (Sampled(h, level)) count++;
        return count;
    }
}

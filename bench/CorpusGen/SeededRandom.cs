namespace CorpusGen;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime (System.Random's seeded sequence is
/// not promised to stay the same), so a corpus is the same bytes wherever it is generated. One stream per file and
/// purpose, so any file can be rebuilt alone (a reprint rebuilds its original).
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    private SeededRandom(ulong state) => _state = state;

    /// <summary>The stream for one purpose (see <see cref="Streams"/>) of one item (a file, a block of files).</summary>
    public static SeededRandom For(ulong seed, Streams purpose, long item) =>
        new(Mix(seed ^ Mix((ulong)purpose * 0x9E3779B97F4A7C15UL ^ Mix((ulong)item))));

    public ulong Next() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>A number in [0, n); the modulo bias is far below anything a benchmark corpus could show.</summary>
    public int Below(int n) => n <= 0 ? throw new ArgumentOutOfRangeException(nameof(n)) : (int)(Next() % (ulong)n);

    /// <summary>A number in [min, max], both included.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => (Next() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>What a random stream is used for: separate streams keep one decision from shifting another.</summary>
internal enum Streams : ulong
{
    Article = 1,
    ReprintPosition = 2,
    ReprintOriginal = 3,
    ReprintEdit = 4,
    FileName = 5,
    Words = 6,
}

namespace CorpusGen;

/// <summary>
/// Which files reprint which: after the first <c>every</c> files, each block of <c>every</c> files holds exactly one
/// reprint at a random place, so the share is 1/every (2% by default) at any corpus size, and the kinds take turns
/// (full copy, edited, truncated). The original is a random earlier file that is not itself a reprint. Every answer is
/// a function of the seed and the file's index alone (files are numbered from 0 here, from 1 in their names).
/// </summary>
internal sealed class ReprintPlan(ulong seed, int every)
{
    public int Every { get; } = every >= 2 ? every : throw new ArgumentOutOfRangeException(nameof(every), "a block needs two files or more");

    public bool IsReprint(int index) => index >= Every && index == ReprintIn(index / Every);

    /// <summary>The original and kind of a reprint; null for a file that is not one.</summary>
    public (int Original, ReprintKind Kind)? For(int index)
    {
        if (!IsReprint(index)) return null;
        int block = index / Every;
        var random = SeededRandom.For(seed, Streams.ReprintOriginal, block);
        int original;
        do original = random.Below(index); while (IsReprint(original));
        return (original, (ReprintKind)((block - 1) % 3));
    }

    private int ReprintIn(int block) => block * Every + SeededRandom.For(seed, Streams.ReprintPosition, block).Below(Every);
}

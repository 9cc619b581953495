namespace CorpusGen;

/// <summary>How a planted reprint differs from its original; the names are those written to reprints.tsv.</summary>
public enum ReprintKind
{
    /// <summary>Every paragraph of the original under a new headline.</summary>
    FullCopy,

    /// <summary>The original with one paragraph dropped and one new paragraph added.</summary>
    Edited,

    /// <summary>The original's first 70% of paragraphs (rounded up).</summary>
    Truncated,
}

public static class ReprintKinds
{
    public static string Name(this ReprintKind kind) => kind switch
    {
        ReprintKind.FullCopy => "full-copy",
        ReprintKind.Edited => "edited",
        _ => "truncated",
    };
}

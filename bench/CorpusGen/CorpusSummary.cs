namespace CorpusGen;

/// <summary>A generated corpus on disk: its files and size, the reprints planted in it, and how long it took.</summary>
public sealed record CorpusSummary(string Folder, int Files, long Bytes, IReadOnlyList<PlantedReprint> Reprints, TimeSpan Took, bool FromCache)
{
    public double Megabytes => Bytes / 1e6;
}

/// <summary>One line of reprints.tsv: this file reprints that earlier one, in this way.</summary>
public sealed record PlantedReprint(string Reprint, string Original, ReprintKind Kind);

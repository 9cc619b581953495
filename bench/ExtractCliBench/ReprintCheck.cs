using CorpusGen;

namespace ExtractCliBench;

/// <summary>
/// The duplicate links <c>corpus</c> printed, beside the reprints the generator planted. A planted reprint is found when
/// one of its pieces links to a piece of its original, missed when none of its pieces links anywhere; every other link is
/// extra: one from a planted reprint to another file than its original, or one from a file where nothing was planted.
/// </summary>
internal sealed record ReprintCheck(
    int Planted, IReadOnlyList<PlantedReprint> Found, IReadOnlyList<PlantedReprint> Missed,
    IReadOnlyList<(string File, string LinkedTo)> WrongOriginal, IReadOnlyList<(string File, string LinkedTo)> Unplanted)
{
    public static ReprintCheck Compare(IReadOnlyList<PlantedReprint> planted, PieceListing listing)
    {
        var links = listing.Pieces.Where(p => p.DuplicateOfFile is not null)
            .Select(p => (p.File, LinkedTo: p.DuplicateOfFile!))
            .ToList();
        var byReprint = planted.ToDictionary(r => r.Reprint, StringComparer.Ordinal);
        var linked = links.ToHashSet();
        var linkedFiles = links.Select(l => l.File).ToHashSet(StringComparer.Ordinal);
        var found = planted.Where(r => linked.Contains((r.Reprint, r.Original))).ToList();
        var missed = planted.Where(r => !linkedFiles.Contains(r.Reprint)).ToList();
        var wrong = links.Where(l => byReprint.TryGetValue(l.File, out var r) && r.Original != l.LinkedTo).ToList();
        var unplanted = links.Where(l => !byReprint.ContainsKey(l.File)).ToList();
        return new ReprintCheck(planted.Count, found, missed, wrong, unplanted);
    }

    public int Extra => WrongOriginal.Count + Unplanted.Count;

    public string Summary =>
        $"planted reprints {Planted}: found {Found.Count}, missed {Missed.Count}; extra links {Extra} "
        + $"({WrongOriginal.Count} to another file than the planted original, {Unplanted.Count} where no reprint was planted)";
}

using System.Text.Json;

namespace ExtractCliBench;

/// <summary>
/// What the bench reads from <c>corpus DIR --format jsonl</c>: one object per piece with <c>file</c> and
/// <c>duplicate_of</c> ("file#piece" of the earlier piece, or null).
/// </summary>
internal sealed record PieceListing(IReadOnlyList<(string File, string? DuplicateOfFile)> Pieces)
{
    public static PieceListing Read(string jsonl)
    {
        var pieces = new List<(string, string?)>();
        foreach (var line in File.ReadLines(jsonl))
        {
            if (line.Length == 0) continue;
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            string file = root.GetProperty("file").GetString() ?? throw new InvalidDataException($"{jsonl}: a row without a file.");
            string? duplicateOf = root.TryGetProperty("duplicate_of", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            pieces.Add((file, duplicateOf is null ? null : duplicateOf[..duplicateOf.LastIndexOf('#')]));
        }
        return new PieceListing(pieces);
    }

    public int Files => Pieces.Select(p => p.File).Distinct(StringComparer.Ordinal).Count();

    /// <summary>"1.00 per file (1-3)": mean pieces per file, and the least and most.</summary>
    public string PiecesPerFile()
    {
        var counts = Pieces.GroupBy(p => p.File, StringComparer.Ordinal).Select(g => g.Count()).ToList();
        return counts.Count == 0 ? "no files" : FormattableString.Invariant($"{counts.Average():0.00} per file ({counts.Min()}-{counts.Max()})");
    }
}

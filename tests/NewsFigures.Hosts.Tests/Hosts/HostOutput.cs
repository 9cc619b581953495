namespace NewsFigures.Hosts.Tests.Hosts;

/// <summary>
/// One output of a cell as any host shows it: its kind (<c>value</c>, <c>display</c>, <c>stream</c> or <c>error</c>),
/// its MIME bundle (MIME type to text; JSON types as JSON text), and, where the host knows it, the .NET type shown.
/// </summary>
public sealed record HostOutput(string Kind, IReadOnlyDictionary<string, string> Data, string? TypeName = null)
{
    public const string Value = "value", Display = "display", Stream = "stream", Error = "error";

    /// <summary>The text of one MIME type, or null when the bundle has none.</summary>
    public string? this[string mime] => Data.TryGetValue(mime, out var text) ? text : null;

    public override string ToString() => $"{Kind} [{string.Join(", ", Data.Keys)}]";
}

/// <summary>The outputs of one cell, numbered from 1 among all cells of the notebook (markdown cells count too).</summary>
public sealed record CellOutputs(int Cell, IReadOnlyList<HostOutput> Outputs);

/// <summary>A notebook as one host ran it: every cell's outputs, and how long the whole run took.</summary>
public sealed record HostRun(string Notebook, string Host, IReadOnlyList<CellOutputs> Cells, TimeSpan WallTime)
{
    public IReadOnlyList<HostOutput> Outputs(int cell) => Cells.FirstOrDefault(c => c.Cell == cell)?.Outputs ?? [];

    public IEnumerable<(int Cell, HostOutput Output)> Failures =>
        Cells.SelectMany(c => c.Outputs.Where(o => o.Kind == HostOutput.Error).Select(o => (c.Cell, o)));
}

namespace NewsFigures.Hosts.Tests.Checks;

/// <summary>
/// What a cell shows, reduced to what every host must agree on: the set of output kinds (value, display, stream, error)
/// and the set of rendering classes of its values and displays. Sets, not lists: hosts split streams differently and
/// the tool says more when it loads a package's extensions.
/// </summary>
public sealed record CellShape(IReadOnlySet<string> Kinds, IReadOnlySet<string> Classes)
{
    public static CellShape Of(IEnumerable<HostOutput> outputs)
    {
        var list = outputs.ToList();
        return new CellShape(
            new SortedSet<string>(list.Select(o => o.Kind), StringComparer.Ordinal),
            new SortedSet<string>(list.Select(Rendering.Of).OfType<string>(), StringComparer.Ordinal));
    }

    public bool SameAs(CellShape other) => Kinds.SetEquals(other.Kinds) && Classes.SetEquals(other.Classes);

    public override string ToString() => $"kinds {{{string.Join(", ", Kinds)}}}, classes {{{string.Join(", ", Classes)}}}";
}

/// <summary>Compares two hosts' runs of one notebook cell by cell and words the differences for a test failure.</summary>
public static class CellShapes
{
    /// <summary>One line per cell whose shape differs, naming both hosts; empty when every cell agrees.</summary>
    public static IReadOnlyList<string> Differences(HostRun expected, HostRun actual)
    {
        var cells = expected.Cells.Select(c => c.Cell).Union(actual.Cells.Select(c => c.Cell)).Order();
        return cells
            .Select(cell => (cell, want: CellShape.Of(expected.Outputs(cell)), got: CellShape.Of(actual.Outputs(cell))))
            .Where(c => !c.want.SameAs(c.got))
            .Select(c => $"  cell {c.cell}: {expected.Host}: {c.want}; {actual.Host}: {c.got}")
            .ToList();
    }

    public static string Report(string notebook, HostRun expected, HostRun actual, IReadOnlyList<string> differences) =>
        $"{notebook}: {differences.Count} cell(s) show differently under {actual.Host} than under {expected.Host}:\n"
        + string.Join('\n', differences);
}

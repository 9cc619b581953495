using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using NewsFigures.Hosts.Tests.Hosts;

namespace NewsFigures.Hosts.Tests.Kernel;

/// <summary>
/// Turns a notebook's kernel events into cell outputs the way a Jupyter front end shows them: a value, a display, a
/// stream, an error; an update of a display replaces that display's data wherever it is shown, even in an earlier
/// cell, and is no output of its own. An update of a display id never shown changes nothing, as in Jupyter: in
/// .NET Interactive 1.0.0-beta.26120.1 the handle <c>display(x)</c> returns has another id than the display it made.
/// </summary>
public sealed class KernelOutputs
{
    private readonly Dictionary<int, List<HostOutput>> byCell = [];
    private readonly Dictionary<string, (int Cell, int Index)> displays = new(StringComparer.Ordinal);

    public void Add(int cell, KernelEvent kernelEvent)
    {
        var outputs = Cell(cell);
        switch (kernelEvent)
        {
            case DisplayedValueUpdated update:
                if (update.ValueId is not null && displays.TryGetValue(update.ValueId, out var shown))
                    Cell(shown.Cell)[shown.Index] = Cell(shown.Cell)[shown.Index] with { Data = Bundle(update), TypeName = TypeName(update) };
                break;
            // A cell ending in display(x) returns the handle: front ends show the display, not the handle.
            case ReturnValueProduced { Value: DisplayedValue }:
                break;
            case ReturnValueProduced value:
                outputs.Add(new HostOutput(HostOutput.Value, Bundle(value), TypeName(value)));
                break;
            case DisplayedValueProduced display:
                if (display.ValueId is not null) displays[display.ValueId] = (cell, outputs.Count);
                outputs.Add(new HostOutput(HostOutput.Display, Bundle(display), TypeName(display)));
                break;
            case StandardOutputValueProduced or StandardErrorValueProduced:
                outputs.Add(new HostOutput(HostOutput.Stream, Bundle((DisplayEvent)kernelEvent)));
                break;
            case ErrorProduced error:
                outputs.Add(new HostOutput(HostOutput.Error, new Dictionary<string, string> { ["text/plain"] = error.Message }));
                break;
            case CommandFailed failed:
                outputs.Add(new HostOutput(HostOutput.Error, new Dictionary<string, string> { ["text/plain"] = failed.Message }));
                break;
        }
    }

    public IReadOnlyList<CellOutputs> Cells(int count) =>
        Enumerable.Range(1, count).Select(cell => new CellOutputs(cell, Cell(cell).ToList())).ToList();

    private List<HostOutput> Cell(int cell) => byCell.TryGetValue(cell, out var list) ? list : byCell[cell] = [];

    private static Dictionary<string, string> Bundle(DisplayEvent display) =>
        display.FormattedValues.GroupBy(f => f.MimeType).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private static string? TypeName(DisplayEvent display) => display.Value?.GetType().FullName;
}

using NewsFigures.Hosts.Tests.Kernel;
using Xunit.Abstractions;

namespace NewsFigures.Hosts.Tests;

/// <summary>
/// The project's notebooks and the Polyglot-style set, each run under .NET Interactive's C# kernel (in this process),
/// our runner (its command line) and the dotnet-interactive tool (through Jupyter): no cell fails anywhere, and every
/// cell shows the same kinds of output, drawn the same way, under each host.
/// </summary>
public sealed class NotebooksUnderEveryHostTests(HostRuns runs, ITestOutputHelper output) : IClassFixture<HostRuns>
{
    public static TheoryData<string> AllNotebooks => new(NotebookSet.All);

    public static TheoryData<string> NotebooksTheToolRuns => new(NotebookSet.UnderTheTool);

    [Theory, MemberData(nameof(AllNotebooks))]
    public Task No_cell_fails_under_the_csharp_kernel(string notebook) => NoCellFails(PolyglotHost.Name, notebook);

    [Theory, MemberData(nameof(AllNotebooks))]
    public Task No_cell_fails_under_our_runner(string notebook) => NoCellFails(RunnerHost.Name, notebook);

    [Theory, MemberData(nameof(NotebooksTheToolRuns))]
    public Task No_cell_fails_under_the_dotnet_interactive_tool(string notebook) => NoCellFails(JupyterToolHost.Name, notebook);

    [Theory, MemberData(nameof(AllNotebooks))]
    public Task Our_runner_shows_every_cell_as_the_csharp_kernel_does(string notebook) => SameShapes(RunnerHost.Name, notebook);

    [Theory, MemberData(nameof(NotebooksTheToolRuns))]
    public Task The_dotnet_interactive_tool_shows_every_cell_as_the_csharp_kernel_does(string notebook) =>
        SameShapes(JupyterToolHost.Name, notebook);

    /// <summary>Our library declares how its values display; a property tree means a host did not find that declaration.</summary>
    [Theory, MemberData(nameof(AllNotebooks))]
    public async Task Values_of_our_library_never_show_as_property_trees(string notebook)
    {
        var kernel = await runs.Of(PolyglotHost.Name, notebook);
        var trees = new List<string>();
        foreach (var host in HostRuns.Hosts.Where(h => Runs(h, notebook)))
        {
            var run = await runs.Of(host, notebook);
            foreach (var cell in kernel.Cells)
            {
                var shown = Shown(cell.Outputs);
                var there = Shown(run.Outputs(cell.Cell));
                for (var i = 0; i < Math.Min(shown.Count, there.Count); i++)
                    if (shown[i].TypeName?.StartsWith("NewsFigures.", StringComparison.Ordinal) == true && Rendering.Of(there[i]) == Rendering.Tree)
                        trees.Add($"  cell {cell.Cell}: {shown[i].TypeName} under {host}");
            }
        }
        Assert.True(trees.Count == 0, $"{notebook}: values of our library shown as property trees:\n{string.Join('\n', trees)}");
    }

    /// <summary>What a Polyglot user should see of our types: FigureTable and Series as tables, ChartSpec as an interactive chart.</summary>
    [Theory]
    [InlineData(PolyglotHost.Name)]
    [InlineData(RunnerHost.Name)]
    [InlineData(JupyterToolHost.Name)]
    public async Task The_library_notebook_shows_figures_and_a_series_as_tables_and_a_chart_as_a_plotly_chart(string host)
    {
        var run = await runs.Of(host, "Polyglot/newsfigures");

        string Classes(int cell) => string.Join(", ", Shown(run.Outputs(cell)).Select(Rendering.Of));
        Assert.Equal(["table", "table", "plotly"], [Classes(3), Classes(4), Classes(5)]);
    }

    private async Task NoCellFails(string host, string notebook)
    {
        var run = await runs.Of(host, notebook);
        output.WriteLine($"{notebook} under {host}: {run.WallTime.TotalSeconds:0.0} s");
        var failures = run.Failures.Select(f => $"  cell {f.Cell}: {FirstLines(f.Output["text/plain"], 3)}").ToList();
        Assert.True(failures.Count == 0, $"{notebook}: cells failed under {host}:\n{string.Join('\n', failures)}");
    }

    private async Task SameShapes(string host, string notebook)
    {
        var kernel = await runs.Of(PolyglotHost.Name, notebook);
        var other = await runs.Of(host, notebook);
        output.WriteLine($"{notebook}: {kernel.WallTime.TotalSeconds:0.0} s under {kernel.Host}, {other.WallTime.TotalSeconds:0.0} s under {host}");
        var differences = CellShapes.Differences(kernel, other);
        Assert.True(differences.Count == 0, CellShapes.Report(notebook, kernel, other, differences));
    }

    private static bool Runs(string host, string notebook) => host != JupyterToolHost.Name || NotebookSet.UnderTheTool.Contains(notebook);

    // Values and displays other than the #r "nuget: ..." messages, in order: the outputs that show a value.
    private static List<HostOutput> Shown(IEnumerable<HostOutput> outputs) =>
        outputs.Where(o => Rendering.Of(o) is { } kind && kind != Rendering.Packages).ToList();

    private static string FirstLines(string? text, int count) =>
        string.Join(" / ", (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(count));
}

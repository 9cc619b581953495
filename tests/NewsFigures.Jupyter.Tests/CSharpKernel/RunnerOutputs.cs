using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>
/// Every notebook of notebooks/ executed once by our command line's <c>run</c>, for comparison with the same notebook
/// executed by a Jupyter client under the kernel. A notebook's outputs are read as one line per output: its type, its
/// MIME types, and its text (plain text or stream; consecutive stream outputs of one name joined, as clients may split
/// or merge them).
/// </summary>
public sealed class RunnerOutputs : IDisposable
{
    private readonly TempDirectory executed = new();

    public RunnerOutputs()
    {
        var notebooks = Directory.EnumerateFiles(RepoFolders.Notebooks, "*.ipynb").Order(StringComparer.Ordinal);
        var run = ChildProcess.RunAsync("dotnet", [RepoFolders.Cli, "run", .. notebooks, "--out", executed.Path], RepoFolders.Root,
            timeout: TimeSpan.FromMinutes(10)).GetAwaiter().GetResult();
        if (run.ExitCode != 0) throw new InvalidOperationException($"run failed: {run.Describe()}");
    }

    /// <summary>The outputs of <paramref name="notebook"/> under run, per code cell.</summary>
    public IReadOnlyList<string> Of(string notebook) => Describe(JsonNode.Parse(File.ReadAllText(executed[notebook]))!);

    public static IReadOnlyList<string> Describe(JsonNode notebook)
    {
        var lines = new List<string>();
        foreach (var (cell, index) in notebook["cells"]!.AsArray().Select((c, i) => (c!, i + 1)))
        {
            if (cell["cell_type"]!.GetValue<string>() != "code") continue;
            string? stream = null, streamText = null;
            foreach (var output in cell["outputs"]!.AsArray().Select(o => o!))
            {
                var type = output["output_type"]!.GetValue<string>();
                if (type == "stream" && output["name"]!.GetValue<string>() == stream)
                {
                    streamText += Text(output["text"]);
                    lines[^1] = $"cell {index}: stream {stream}: {streamText}";
                    continue;
                }
                stream = type == "stream" ? output["name"]!.GetValue<string>() : null;
                streamText = type == "stream" ? Text(output["text"]) : null;
                lines.Add(type switch
                {
                    "stream" => $"cell {index}: stream {stream}: {streamText}",
                    "error" => $"cell {index}: error {output["ename"]}: {output["evalue"]}",
                    _ => $"cell {index}: {type} [{string.Join(", ", output["data"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal))}]: "
                         + Text(output["data"]!["text/plain"]),
                });
            }
        }
        return lines;
    }

    // nbformat keeps text as one string or as a list of lines.
    private static string Text(JsonNode? text) => text switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };

    public void Dispose() => executed.Dispose();
}

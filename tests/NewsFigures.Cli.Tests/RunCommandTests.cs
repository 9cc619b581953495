using System.Text.Json.Nodes;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Tests;

[Collection(NotebookRuns.Name)]
public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Run_writes_the_executed_notebook_to_the_out_folder_and_leaves_the_source_alone()
    {
        var source = TestNotebooks.Write(temp.File("sum.ipynb"), NotebookCell.Code("var x = 20;"), NotebookCell.Code("x + 22"));
        var before = File.ReadAllBytes(source);

        var (exit, output, _) = await CliRun.Async("run", source, "--out", temp.File("out"));

        Assert.Equal(0, exit);
        Assert.Equal(before, File.ReadAllBytes(source));
        var executed = JsonNode.Parse(File.ReadAllText(temp.File("out/sum.ipynb")))!;
        var result = executed["cells"]![1]!["outputs"]![0]!;
        Assert.Equal("execute_result", (string?)result["output_type"]);
        Assert.Equal("42", (string?)result["data"]!["text/plain"]![0]);
        Assert.Contains("sum.ipynb: ok, 2 code cells", output);
    }

    [Fact]
    public async Task A_failing_cell_exits_1_naming_notebook_cell_and_line_and_still_writes_the_outputs()
    {
        var source = TestNotebooks.Write(temp.File("boom.ipynb"),
            NotebookCell.Code("Console.WriteLine(\"before\");"),
            NotebookCell.Code("var a = 1;\nthrow new InvalidOperationException(\"boom\");"),
            NotebookCell.Code("Console.WriteLine(\"never\");"));

        var (exit, _, error) = await CliRun.Async("run", source, "--inplace");

        Assert.Equal(1, exit);
        Assert.Contains("boom.ipynb: cell 2, line 2: System.InvalidOperationException: boom", error);
        var executed = File.ReadAllText(source);
        Assert.Contains("before", executed);
        Assert.DoesNotContain("never\\n\"", executed.Replace("Console.WriteLine(\\\"never\\\");", ""));
    }

    [Fact]
    public async Task A_project_notebook_copied_anywhere_runs_with_the_libraries_this_command_provides()
    {
        var copy = temp.File("elsewhere/03-computing-power.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(Path.Combine(RepoFolders.Notebooks, "03-computing-power.ipynb"), copy);

        var (exit, _, error) = await CliRun.Async("run", copy, "--out", temp.File("out"), "-p", $"articles={RepoFolders.Articles}");

        Assert.True(exit == 0, error);
        Assert.Contains("application/vnd.plotly.v1+json", File.ReadAllText(temp.File("out/03-computing-power.ipynb")));
    }

    [Fact]
    public async Task The_figures_notebook_runs_over_a_corpus_holding_a_figure_without_a_unit()
    {
        var corpus = temp.File("corpus");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.GetFiles(RepoFolders.Articles)) File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(corpus, "900_index.txt"), "Markets close higher\n\nThe composite index rose to 105.3 on Friday, officials said.\n");

        var (exit, _, error) = await CliRun.Async("run", Path.Combine(RepoFolders.Notebooks, "02-figures.ipynb"), "--out", temp.File("out"),
            "-p", $"articles={corpus}");

        Assert.True(exit == 0, error);
        Assert.Contains("(no unit)", File.ReadAllText(temp.File("out/02-figures.ipynb")));
    }

    [Fact]
    public async Task A_parameter_overrides_the_cell_tagged_parameters()
    {
        var source = TestNotebooks.Write(temp.File("p.ipynb"),
            NotebookCell.Code("var year = 2024;").WithTags("parameters"),
            NotebookCell.Code("year * 10"));

        var (exit, _, _) = await CliRun.Async("run", source, "--out", temp.File("out"), "-p", "year=2025");

        Assert.Equal(0, exit);
        var executed = Notebook.Load(temp.File("out/p.ipynb"));
        Assert.Contains(executed.Cells, c => c.HasTag("injected-parameters") && c.Source.Contains("year = 2025;"));
        Assert.Contains("20250", executed.ToJson());
    }

    [Theory]
    [InlineData("missing.ipynb", "missing.ipynb: no such notebook.")]
    [InlineData("bad-parameter", "parameter 'year' must be written name=value.")]
    [InlineData("out-and-inplace", "give either --out or --inplace, not both.")]
    [InlineData("malformed.ipynb", "malformed.ipynb: not valid JSON (line 1): ")]
    [InlineData("id-object.ipynb", "id-object.ipynb, cell 1: 'id' must be a string, not an object.")]
    [InlineData("binary.ipynb", "binary.ipynb: a NUL byte at line 1; a notebook is UTF-8 JSON text, and this looks like a binary file.")]
    public async Task Bad_input_is_one_line_on_stderr_and_exit_2(string situation, string expected)
    {
        var good = TestNotebooks.Write(temp.File("good.ipynb"), NotebookCell.Code("1"));
        File.WriteAllText(temp.File("malformed.ipynb"), "{ \"cells\": [ ");
        var idObject = TestNotebooks.Write(temp.File("id-object.ipynb"), NotebookCell.Code("1", "c1"));
        File.WriteAllText(idObject, File.ReadAllText(idObject).Replace("\"id\": \"c1\"", "\"id\": {}", StringComparison.Ordinal));
        File.WriteAllBytes(temp.File("binary.ipynb"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        string[] args = situation switch
        {
            "bad-parameter" => ["run", good, "-p", "year"],
            "out-and-inplace" => ["run", good, "--inplace", "--out", temp.File("o")],
            _ => ["run", temp.File(situation)],
        };

        var (exit, _, error) = await CliRun.Async(args);

        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("error: ", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task Run_reads_every_notebook_before_running_any_so_a_malformed_one_leaves_nothing_half_done()
    {
        var good = TestNotebooks.Write(temp.File("good.ipynb"), NotebookCell.Code("var x = 1;", "c1"));
        var bad = TestNotebooks.Write(temp.File("bad.ipynb"), NotebookCell.Code("1", "c1").WithTags("parameters"));
        File.WriteAllText(bad, File.ReadAllText(bad).Replace("\"parameters\"", "7", StringComparison.Ordinal));

        var (exit, output, error) = await CliRun.Async("run", good, bad, "--out", temp.File("out"));

        Assert.Equal(2, exit);
        Assert.Equal($"error: {bad}, cell 1: 'metadata.tags' must be a list of strings; item 1 is a number (7).\n", error.ReplaceLineEndings("\n"));
        Assert.Equal("", output);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public async Task Render_draws_the_good_notebooks_and_names_the_malformed_one_in_one_line_with_exit_2()
    {
        var good = TestNotebooks.Write(temp.File("notebooks/01-good.ipynb"), NotebookCell.Markdown("# Good", "m1"), NotebookCell.Code("6 * 7", "c1"));
        var bad = temp.File("notebooks/02-bad.ipynb");
        File.WriteAllText(bad, File.ReadAllText(good).Replace("\"execution_count\": null", "\"execution_count\": \"never\"", StringComparison.Ordinal));
        var site = temp.File("site");

        var (exit, output, error) = await CliRun.Async("render", temp.File("notebooks"), "--out", site, "--cache", temp.File("cache"));

        Assert.Equal(2, exit);
        var errors = error.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"error: {Path.GetFullPath(bad)}, cell 2: 'execution_count' must be an integer, not a string."], errors);
        Assert.DoesNotContain("   at ", error);
        Assert.Contains(">42<", File.ReadAllText(Path.Combine(site, "01-good.html")));
        Assert.Contains("This notebook could not be read.", File.ReadAllText(Path.Combine(site, "02-bad.html")));
        Assert.Contains("2 notebooks rendered", output);
        Assert.Contains("1 failed", output);
    }
}

public sealed class UsageTests
{
    [Theory]
    [InlineData("corpus", "data/articles", "--format", "xml")]
    [InlineData("render", "--no-such-option")]
    [InlineData("no-such-command")]
    public async Task A_command_line_that_does_not_parse_exits_2_with_the_reason(params string[] args)
    {
        var (exit, output, error) = await CliRun.Async(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error);
    }
}

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
    [InlineData("malformed.ipynb", "malformed.ipynb")]
    public async Task Bad_input_is_one_line_on_stderr_and_exit_2(string situation, string expected)
    {
        var good = TestNotebooks.Write(temp.File("good.ipynb"), NotebookCell.Code("1"));
        File.WriteAllText(temp.File("malformed.ipynb"), "{ \"cells\": [ ");
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

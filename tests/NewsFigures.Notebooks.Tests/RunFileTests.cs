namespace NewsFigures.Notebooks.Tests;

public class RunFileTests
{
    [Fact]
    public async Task Running_a_file_writes_the_executed_copy_and_leaves_the_source_untouched()
    {
        using var dir = new TempDirectory();
        var source = dir.Write("analysis.ipynb", Run.CSharp("var x = 20;", "x * 2").ToJson());
        var before = File.ReadAllBytes(source);

        var run = await new NotebookRunner().RunFileAsync(source, dir["out/analysis.ipynb"]);

        Assert.True(run.Succeeded);
        Assert.Equal(before, File.ReadAllBytes(source));
        var executed = Notebook.Load(dir["out/analysis.ipynb"]);
        Assert.Equal("40", executed.Cells[1].Outputs[0].Plain());
        Assert.Equal(["analysis.ipynb"], Directory.GetFiles(dir["out"]).Select(Path.GetFileName));
    }

    [Fact]
    public async Task In_place_updates_the_source_and_a_failure_still_writes_outputs_and_banner()
    {
        using var dir = new TempDirectory();
        var source = dir.Write("broken.ipynb", Run.CSharp("Console.WriteLine(\"ran\");", "throw new Exception(\"bad year\");", "1").ToJson());

        var run = await new NotebookRunner().RunFileAsync(source, source);

        var written = Notebook.Load(source);
        Assert.Equal("cell 2, line 1: System.Exception: bad year", run.Failure!.ToString());
        Assert.True(written.Cells[0].HasTag("notebook-error-banner"));
        Assert.Equal("ran\n", written.Cells[1].Outputs[0].Text);
        Assert.Equal("bad year", written.Cells[2].Outputs[0].ErrorValue);
        Assert.Empty(written.Cells[3].Outputs);
    }

    [Fact]
    public async Task Executed_notebooks_hold_no_volatile_metadata_so_two_runs_are_identical()
    {
        var notebook = Run.CSharp("Console.WriteLine(\"hi\");", "new[] { 1, 2, 3 }.Sum()");

        var first = (await Run.Notebook(notebook)).Executed.ToJson();
        var second = (await Run.Notebook(notebook)).Executed.ToJson();

        Assert.Equal(first, second);
        Assert.DoesNotContain("time", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("duration", first, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Rerunning_an_executed_notebook_replaces_its_outputs_banner_and_injected_cell()
    {
        var notebook = Notebook.CSharp(NotebookCell.Code("var n = 1;").WithTags("parameters"), NotebookCell.Code("n"));
        var options = new RunOptions { Parameters = new Dictionary<string, string> { ["n"] = "5" } };
        var once = (await Run.Notebook(notebook, options)).Executed;

        var twice = (await Run.Notebook(once, options)).Executed;

        Assert.Equal(once.ToJson(), twice.ToJson());
        Assert.Equal(3, twice.Cells.Count);
    }
}

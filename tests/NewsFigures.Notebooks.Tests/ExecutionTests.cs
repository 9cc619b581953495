namespace NewsFigures.Notebooks.Tests;

public class ExecutionTests
{
    private static readonly RunOptions WithTestTypes = new() { References = [typeof(FakeChart).Assembly], Imports = ["NewsFigures.Notebooks.Tests"] };

    [Fact]
    public async Task State_carries_from_cell_to_cell_and_the_final_value_is_an_execute_result()
    {
        var run = await Run.Cells("var growth = 1.43;", "double Next(double v) => v * growth;", "Next(100)");

        Assert.True(run.Succeeded);
        var result = Assert.Single(run.Outputs(3));
        Assert.Equal("execute_result", result.OutputType);
        Assert.Equal("143", result.Plain());
        Assert.Equal([1, 2, 3], run.Executed.Cells.Select(c => c.ExecutionCount!.Value));
        Assert.Empty(run.Outputs(1));
    }

    [Fact]
    public async Task Console_output_becomes_stream_outputs_in_order_with_display_data()
    {
        var run = await Run.Cells("""
            Console.WriteLine("first");
            Console.Write("still ");
            Console.WriteLine("first");
            Console.Error.WriteLine("warning");
            display("shown");
            Console.WriteLine("after");
            """);

        Assert.Equal(["stream", "stream", "display_data", "stream"], run.Outputs(1).Select(o => o.OutputType));
        Assert.Equal(("stdout", "first\nstill first\n"), (run.Outputs(1)[0].StreamName, run.Outputs(1)[0].Text));
        Assert.Equal(("stderr", "warning\n"), (run.Outputs(1)[1].StreamName, run.Outputs(1)[1].Text));
        Assert.Equal("shown", run.Outputs(1)[2].Plain());
        Assert.Equal("after\n", run.Outputs(1)[3].Text);
    }

    [Fact]
    public async Task Notebooks_running_side_by_side_keep_their_own_console_output()
    {
        static string Writer(string name) => $$"""
            for (var i = 0; i < 20; i++) { Console.WriteLine("{{name}} " + i); System.Threading.Thread.Sleep(2); }
            await Task.Run(() => Console.WriteLine("{{name}} from a task"));
            """;

        var runs = await Task.WhenAll(Run.Cells(Writer("alpha")), Run.Cells(Writer("beta")));

        foreach (var (run, name) in runs.Zip(["alpha", "beta"]))
        {
            var text = string.Concat(run.Outputs(1).Select(o => o.Text));
            var expected = string.Concat(Enumerable.Range(0, 20).Select(i => $"{name} {i}\n")) + $"{name} from a task\n";
            Assert.Equal(expected, text);
        }
    }

    [Fact]
    public async Task Rows_shown_with_DisplayTable_become_a_table_as_in_dotnet_interactive()
    {
        var run = await Run.Cells("""
            record Point(int Year, double Value, string Unit);
            new List<Point> { new(2023, 1.5, "EFLOPS"), new(2024, 2.25, "EFLOPS") }.DisplayTable();
            """);

        var table = Assert.Single(run.Outputs(1));
        Assert.Equal("display_data", table.OutputType);
        Assert.Equal("Year,Value,Unit\n2023,1.5,EFLOPS\n2024,2.25,EFLOPS\n", (string?)table.Data!["text/csv"]);
        Assert.StartsWith("<table><thead><tr><td><span>Year</span></td><td><span>Value</span></td><td><span>Unit</span></td></tr></thead>",
            (string?)table.Data["text/html"]);
    }

    [Fact]
    public async Task A_dataframe_displays_as_an_html_table_without_the_runner_referencing_it()
    {
        var options = new RunOptions { References = [typeof(Microsoft.Data.Analysis.DataFrame).Assembly], Imports = ["Microsoft.Data.Analysis"] };
        var run = await Run.Notebook(Run.CSharp("""
            new DataFrame(new Int32DataFrameColumn("Year", new[] { 2023, 2024 }), new StringDataFrameColumn("Source", new[] { "Xinhua", "MIIT" }))
            """), options);

        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Contains("<thead><tr><th>Year</th><th>Source</th></tr></thead><tbody><tr><td>2023</td><td>Xinhua</td></tr><tr><td>2024</td><td>MIIT</td></tr>",
            (string)run.Outputs(1)[0].Data!["text/html"]!);
    }

    [Fact]
    public async Task A_type_that_declares_its_display_by_convention_shows_in_its_preferred_mime_types()
    {
        var run = await Run.Notebook(Run.CSharp("""display(new FakeChart("Compute", (2023, 1.0), (2024, 2.0)));"""), WithTestTypes);

        var data = Assert.Single(run.Outputs(1)).Data!;
        Assert.Equal(["application/vnd.plotly.v1+json", "image/png", "image/svg+xml", "text/csv", "text/plain"], data.Select(p => p.Key));
        Assert.Equal("scatter", (string?)data["application/vnd.plotly.v1+json"]!["data"]![0]!["type"]);
        Assert.Equal("x,y\n2023,1\n2024,2\n", (string?)data["text/csv"]);
        Assert.Equal("Compute", (string?)data["text/plain"]);
    }

    [Fact]
    public async Task A_formatter_registered_by_a_library_wins_over_the_generic_table()
    {
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<RegisteredTable>(
            (table, writer) => writer.Write($"<p>registered: {table.Sum(r => r.Value)}</p>"), "text/html");

        var run = await Run.Notebook(Run.CSharp("new RegisteredTable(1, 2, 3)"), WithTestTypes);

        Assert.Equal("<p>registered: 6</p>", (string?)run.Outputs(1)[0].Data!["text/html"]);
    }

    [Fact]
    public async Task An_exception_is_an_error_output_naming_cell_and_line_and_stops_the_notebook()
    {
        var run = await Run.Cells("var x = 1;", "var y = 2;\nthrow new InvalidOperationException(\"no data\");", "Console.WriteLine(\"never\");");

        Assert.Equal(new CellFailure(2, 2, "System.InvalidOperationException", "no data"), run.Failure);
        var error = Assert.Single(run.Outputs(2));
        Assert.Equal(("error", "System.InvalidOperationException", "no data"), (error.OutputType, error.ErrorName, error.ErrorValue));
        Assert.Contains("   at cell 2, line 2", error.Traceback);
        Assert.Empty(run.Outputs(3));
        Assert.Null(run.Cell(3).ExecutionCount);
    }

    [Fact]
    public async Task A_failed_run_gets_a_banner_at_the_top_naming_the_cell()
    {
        var run = await Run.Cells("1", "throw new Exception(\"boom\");");

        var banner = run.Executed.Cells[0];
        Assert.Equal(CellKind.Markdown, banner.Kind);
        Assert.True(banner.HasTag("notebook-error-banner"));
        Assert.Contains("**Execution failed** at cell 2, line 1: `System.Exception`: boom", banner.Source);
        Assert.Equal(3, run.Executed.Cells.Count);
    }

    [Fact]
    public async Task A_compilation_error_gives_the_line_within_the_cell()
    {
        var run = await Run.Cells("var ok = 1;", "#!csharp\nvar a = 1;\nvar b = undefinedName + a;");

        Assert.Equal(2, run.Failure!.Cell);
        Assert.Equal(3, run.Failure.Line);
        Assert.Equal("CompilationError", run.Failure.ErrorName);
        Assert.Contains("(3,9): error CS0103: The name 'undefinedName' does not exist in the current context", run.Outputs(2)[0].ErrorValue);
    }

    [Fact]
    public async Task A_compilation_error_in_the_first_cell_gives_the_column_as_written()
    {
        var run = await Run.Cells("var b = missingName;");

        Assert.Contains("(1,9): error CS0103: The name 'missingName' does not exist in the current context", run.Outputs(1)[0].ErrorValue);
    }

    [Fact]
    public async Task Cells_in_other_languages_are_reported_not_skipped()
    {
        var fsharp = NotebookCell.Code("let x = 1") with
        {
            Metadata = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "fsharp" } },
        };
        var run = await Run.Notebook(Notebook.CSharp(NotebookCell.Code("#!pwsh\nGet-Date"), fsharp), new RunOptions { AllowErrors = true });

        Assert.Equal("UnsupportedLanguage", run.Outputs(1)[0].ErrorName);
        Assert.Equal("#!pwsh cells cannot run here; this engine runs C#, HTML and Markdown cells (#!csharp, #!html, #!markdown).", run.Outputs(1)[0].ErrorValue);
        Assert.Equal("UnsupportedLanguage", run.Outputs(2)[0].ErrorName);
    }

    [Fact]
    public async Task A_hung_cell_ends_with_a_timeout_error_and_stops_the_notebook()
    {
        var options = new RunOptions { CellTimeout = TimeSpan.FromSeconds(2), AllowErrors = true };
        var run = await Run.Notebook(Run.CSharp("Console.WriteLine(\"before\");\nSystem.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);", "1"), options);

        Assert.Equal(new CellFailure(1, null, "TimeoutException", "did not finish within 2 s"), run.Failure);
        Assert.Equal("before\n", run.Outputs(1)[0].Text);
        Assert.Equal("Cell 1 did not finish within 2 s and was stopped.", run.Outputs(1)[1].ErrorValue);
        Assert.Empty(run.Outputs(2));
    }

    [Fact]
    public async Task A_busy_loop_that_ignores_cancellation_is_stopped_at_the_timeout()
    {
        var options = new RunOptions { CellTimeout = TimeSpan.FromSeconds(1) };
        var run = await Run.Notebook(Run.CSharp("long spins = 0;\nint Spin() { while (true) spins++; }\nSpin();"), options);

        Assert.Equal("Cell 1 did not finish within 1 s and was stopped.", run.Outputs(1).Single().ErrorValue);
    }

    [Fact]
    public async Task Interruption_points_keep_the_cell_s_line_numbers()
    {
        var run = await Run.Cells("for (var i = 0; i < 3; i++)\n{\n    if (i == 2) throw new InvalidOperationException(\"at two\");\n}");

        Assert.Equal(new CellFailure(1, 3, "System.InvalidOperationException", "at two"), run.Failure);
    }

    [Fact]
    public async Task Reading_the_console_in_the_batch_runner_gets_end_of_input()
    {
        var run = await Run.Cells("Console.ReadLine() ?? \"no one to ask\"");

        Assert.Equal("no one to ask", run.Outputs(1)[0].Plain());
    }

    [Fact]
    public async Task Allow_errors_keeps_running_after_a_failing_cell()
    {
        var run = await Run.Notebook(Run.CSharp("throw new Exception(\"first\");", "40 + 2"), new RunOptions { AllowErrors = true });

        Assert.True(run.Succeeded);
        Assert.Equal("error", run.Outputs(1)[0].OutputType);
        Assert.Equal("42", run.Outputs(2)[0].Plain());
    }

    [Fact]
    public async Task Raises_exception_marks_an_expected_error_and_skip_execution_skips_a_cell()
    {
        var notebook = Notebook.CSharp(
            NotebookCell.Code("int.Parse(\"x\")").WithTags("raises-exception"),
            NotebookCell.Code("Console.WriteLine(\"skipped\");").WithTags("skip-execution"),
            NotebookCell.Code("\"went on\""));

        var run = await Run.Notebook(notebook);

        Assert.True(run.Succeeded);
        Assert.Equal("System.FormatException", run.Outputs(1)[0].ErrorName);
        Assert.Empty(run.Outputs(2));
        Assert.Null(run.Executed.Cells[1].ExecutionCount);
        Assert.Equal("went on", run.Outputs(3)[0].Plain());
        Assert.Equal(2, run.Executed.Cells[2].ExecutionCount);
    }

    [Fact]
    public async Task Parameters_override_the_parameters_cell_through_an_injected_cell()
    {
        var notebook = Notebook.CSharp(
            NotebookCell.Code("var year = 2023;\nvar rate = 0.5;\nvar label = \"old\";\nvar draft = true;").WithTags("parameters"),
            NotebookCell.Code("$\"{label} {year} {rate * 2} {draft}\""));
        var options = new RunOptions { Parameters = new Dictionary<string, string> { ["year"] = "2025", ["rate"] = "1.5", ["label"] = "new \"q\"", ["draft"] = "false" } };

        var run = await Run.Notebook(notebook, options);

        var injected = run.Executed.Cells[1];
        Assert.True(injected.HasTag("injected-parameters"));
        Assert.Equal("// Parameters injected for this run\ndraft = false;\nlabel = \"new \\\"q\\\"\";\nrate = 1.5;\nyear = 2025;", injected.Source);
        Assert.Equal("new \"q\" 2025 3 False", run.Outputs(3)[0].Plain());
    }

    [Fact]
    public async Task Progress_reports_each_cell()
    {
        var events = new List<NotebookProgress>();
        var options = new RunOptions { Progress = new SynchronousProgress(events.Add) };

        await new NotebookRunner(options).RunAsync(Run.CSharp("1", "2"), AppContext.BaseDirectory, "p.ipynb");

        Assert.Equal(
            ["Started 0", "CellStarted 1", "CellFinished 1", "CellStarted 2", "CellFinished 2", "Executed 0"],
            events.Select(e => $"{e.Stage} {e.Cell}"));
    }
}

internal sealed class SynchronousProgress(Action<NotebookProgress> report) : IProgress<NotebookProgress>
{
    public void Report(NotebookProgress value) => report(value);
}

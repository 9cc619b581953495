namespace NewsFigures.Notebooks.Tests;

/// <summary>A notebook written in VS Code's Polyglot Notebooks runs here unchanged: .NET Interactive's imports, helpers,
/// magic commands, display conventions and working folder.</summary>
public class PolyglotConventionTests
{
    [Fact]
    public async Task Only_dotnet_interactive_s_default_namespaces_are_imported()
    {
        var run = await Run.Notebook(Run.CSharp(
            "new StringBuilder(\"ok\").Append(new List<int> { 1 }.Sum()).ToString()",
            "File.Exists(\"x\")"), new RunOptions { AllowErrors = true });

        Assert.Equal("ok1", run.Outputs(1)[0].Plain());
        Assert.Contains("error CS0103: The name 'File' does not exist in the current context", run.Outputs(2)[0].ErrorValue);
    }

    [Fact]
    public async Task Display_returns_a_handle_whose_update_replaces_the_output_even_from_a_later_cell()
    {
        var run = await Run.Cells("var progress = display(\"step 1 of 2\");\nprogress.Update(\"step 2 of 2\");", "progress.Update(\"done\");");

        var shown = Assert.Single(run.Outputs(1));
        Assert.Equal(("display_data", "done"), (shown.OutputType, shown.Plain()));
        Assert.Empty(run.Outputs(2));
    }

    [Fact]
    public async Task Html_css_and_javascript_helpers_and_the_Display_extension_show_markup()
    {
        var run = await Run.Cells("""
            display(HTML("<b>bold</b>"));
            CSS("h1 { color: teal; }");
            Javascript("console.log(1)");
            HTML("<i>shown by the extension</i>").Display();
            """);

        Assert.Equal(
            ["<b>bold</b>", "<style>h1 { color: teal; }</style>", "<script type=\"text/javascript\">console.log(1)</script>", "<i>shown by the extension</i>"],
            run.Outputs(1).Select(o => (string?)o.Data!["text/html"]));
    }

    [Fact]
    public async Task Time_reports_the_wall_time_after_the_cell_s_value()
    {
        var run = await Run.Cells("#!time\n6 * 7");

        Assert.Equal(["execute_result", "display_data"], run.Outputs(1).Select(o => o.OutputType));
        Assert.Equal("42", run.Outputs(1)[0].Plain());
        Assert.Matches(@"^Wall time: [0-9.]+ms$", run.Outputs(1)[1].Plain());
    }

    [Fact]
    public async Task Html_and_markdown_cells_show_as_html_whether_marked_by_magic_or_by_metadata()
    {
        var byMetadata = NotebookCell.Code("<i>from metadata</i>") with
        {
            Metadata = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "html" } },
        };
        var notebook = Notebook.CSharp(NotebookCell.Code("#!html\n<p>hello</p>"), NotebookCell.Code("#!markdown\n# Title *here*"), byMetadata,
            NotebookCell.Code("#!markdown\nSome **words**\n#!csharp\n1 + 1"));

        var run = await Run.Notebook(notebook);

        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Equal("<p>hello</p>", (string?)run.Outputs(1)[0].Data!["text/html"]);
        Assert.Equal("<h1 id=\"title-here\">Title <em>here</em></h1>\n", (string?)run.Outputs(2)[0].Data!["text/html"]);
        Assert.Equal("<i>from metadata</i>", (string?)run.Outputs(3)[0].Data!["text/html"]);
        Assert.Equal(["display_data", "execute_result"], run.Outputs(4).Select(o => o.OutputType));
        Assert.Equal("2", run.Outputs(4)[1].Plain());
    }

    [Theory]
    [InlineData("#!who", "UnsupportedMagicCommand", "the magic command #!who is not supported here; the ones that are: #!csharp, #!html, #!markdown, #!time, #r and #i.")]
    [InlineData("#!fsharp\nlet x = 1", "UnsupportedLanguage", "#!fsharp cells cannot run here; this engine runs C#, HTML and Markdown cells (#!csharp, #!html, #!markdown).")]
    public async Task Other_magic_commands_and_languages_are_errors_naming_the_cell(string cell, string name, string message)
    {
        var run = await Run.Cells("var ok = 1;", cell);

        Assert.Equal(new CellFailure(2, null, name, message), run.Failure);
    }

    [Fact]
    public async Task A_notebook_runs_in_its_own_folder_and_the_process_keeps_its_own()
    {
        using var dir = new TempDirectory();
        dir.Write("data/articles.txt", "from the notebook's folder");

        var run = await Run.Notebook(Run.CSharp("System.IO.File.ReadAllText(\"data/articles.txt\")"), directory: dir.Path);

        Assert.Equal("from the notebook's folder", run.Outputs(1)[0].Plain());
        // Not compared with the folder before the run: tests running notebooks side by side move the process too.
        Assert.NotEqual(Path.GetFullPath(dir.Path), Environment.CurrentDirectory);
    }

    [Fact]
    public async Task A_reference_to_a_library_the_host_provides_is_satisfied_wherever_the_notebook_was_copied()
    {
        var options = new RunOptions { References = [typeof(FakeChart).Assembly] };

        var run = await Run.Notebook(Run.CSharp("#r \"../../nowhere/NewsFigures.Notebooks.Tests.dll\"\nnew NewsFigures.Notebooks.Tests.FakeChart(\"x\").Title"), options);

        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Equal("x", run.Outputs(1)[0].Plain());
    }

    [Fact]
    public async Task A_plotly_net_chart_shows_as_an_interactive_chart_drawn_by_the_page_s_plotly_js()
    {
        var options = new RunOptions { References = [typeof(Plotly.NET.GenericChart).Assembly, typeof(Plotly.NET.CSharp.Chart).Assembly] };

        var run = await Run.Notebook(Run.CSharp("Plotly.NET.CSharp.Chart.Line<int, int, string>(x: new[] { 2023, 2024 }, y: new[] { 1, 2 })"), options);

        Assert.True(run.Succeeded, run.Failure?.ToString());
        var data = run.Outputs(1)[0].Data!;
        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], data.Select(p => p.Key));
        Assert.Equal([2023, 2024], data["application/vnd.plotly.v1+json"]!["data"]![0]!["x"]!.AsArray().Select(x => (int)x!));
        Assert.Contains("Plotly.newPlot(", (string?)data["text/html"]);
        Assert.DoesNotContain("cdn", (string?)data["text/html"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_scottplot_plot_shows_as_a_png()
    {
        var options = new RunOptions { References = [typeof(ScottPlot.Plot).Assembly] };

        var run = await Run.Notebook(Run.CSharp("var plot = new ScottPlot.Plot();\nplot.Add.Scatter(new double[] { 1, 2 }, new double[] { 3, 4 });\nplot"), options);

        Assert.True(run.Succeeded, run.Failure?.ToString());
        var png = Convert.FromBase64String((string)run.Outputs(1)[0].Data!["image/png"]!);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public async Task A_cell_may_end_in_formatted_values_or_null_as_in_dotnet_interactive()
    {
        var run = await Run.Cells(
            "new Microsoft.DotNet.Interactive.Formatting.FormattedValue(\"text/markdown\", \"**bold**\")",
            "string? nothing = null;\nnothing",
            "Console.WriteLine(\"no value\")");

        Assert.Equal("**bold**", (string?)run.Outputs(1)[0].Data!["text/markdown"]);
        Assert.Equal("<null>", run.Outputs(2)[0].Plain());
        Assert.Equal(["stream"], run.Outputs(3).Select(o => o.OutputType));
    }
}

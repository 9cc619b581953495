namespace NewsFigures.Notebooks.Tests;

public class RenderTests
{
    [Fact]
    public async Task The_site_has_an_index_a_page_per_notebook_images_and_data()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("01-charts", SiteFixture.Charts()), ("02-table", SiteFixture.Table()));
        var options = SiteFixture.Options(dir) with { DataFiles = [DataFile.From(dir.Write("figures.csv", "value\n1\n"))] };

        var result = await new SiteRenderer(options).RenderAsync(paths);

        Assert.True(result.Succeeded);
        var index = File.ReadAllText(dir["site/index.html"]);
        Assert.Contains("<a href=\"01-charts.html\">Compute growth</a>\n<p>Intelligent computing power, year by year.</p>", index);
        Assert.Contains("<a href=\"02-table.html\">Sources</a>\n<p>Which outlets said what.</p>", index);
        var page = File.ReadAllText(dir["site/01-charts.html"]);
        Assert.Contains("<th>year</th>", page);
        Assert.Contains("<script src=\"assets/plotly.min.js\"></script>", page);
        Assert.Contains("Download: <a href=\"images/01-charts-cell2-1.png\">PNG</a> · <a href=\"images/01-charts-cell2-1.svg\">SVG</a> · <a href=\"data/01-charts-cell2-1.csv\">CSV</a>", page);
        Assert.Equal("x,y\n2022,0.5\n2023,1\n2024,2\n", File.ReadAllText(dir["site/data/01-charts-cell2-1.csv"]));
        Assert.Equal(Convert.FromBase64String(FakeChart.OnePixelPng), File.ReadAllBytes(dir["site/images/01-charts-cell3-1.png"]));
        Assert.Equal(["01-charts-cell2-1.png", "01-charts-cell2-1.svg", "01-charts-cell3-1.png", "01-charts-cell3-1.svg"],
            Directory.GetFiles(dir["site/images"]).Select(Path.GetFileName).Order());
        Assert.Equal("value\n1\n", File.ReadAllText(dir["site/data/figures.csv"]));
        Assert.Equal(SiteFixture.PlotlyJs.Open().Length, new FileInfo(dir["site/assets/plotly.min.js"]).Length);
        Assert.DoesNotContain("plotly.min.js", File.ReadAllText(dir["site/02-table.html"]));
    }

    [Fact]
    public async Task No_input_hides_code_but_keeps_outputs()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("table", SiteFixture.Table()));

        await new SiteRenderer(SiteFixture.Options(dir) with { NoInput = true }).RenderAsync(paths);

        var page = File.ReadAllText(dir["site/table.html"]);
        Assert.DoesNotContain("record Source", page);
        Assert.Contains("<td>Xinhua</td>", page);
    }

    [Fact]
    public async Task The_page_shows_what_page_notebook_makes_of_the_executed_notebook_and_the_cache_keeps_it_all()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("table", SiteFixture.Table()));
        var options = SiteFixture.Options(dir, "markdown-only") with
        {
            PageNotebook = executed => executed with { Cells = executed.Cells.Where(c => c.Kind == CellKind.Markdown).ToList() },
        };

        await new SiteRenderer(options).RenderAsync(paths);
        var cached = await new SiteRenderer(SiteFixture.Options(dir)).RenderAsync(paths);

        Assert.Equal(NotebookStatus.Cached, cached.Notebooks.Single().Status);
        Assert.Contains("<td>Xinhua</td>", File.ReadAllText(dir["site/table.html"]));
        var transformed = File.ReadAllText(dir["markdown-only/table.html"]);
        Assert.DoesNotContain("<td>Xinhua</td>", transformed);
        Assert.Contains("Which outlets said what.", transformed);
    }

    [Fact]
    public async Task Unchanged_notebooks_come_from_the_cache_until_an_input_changes_or_fresh_is_asked()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("inputs/articles.txt", "one");
        var paths = SiteFixture.WriteNotebooks(dir, ("table", SiteFixture.Table()));
        var options = SiteFixture.Options(dir) with { CacheInputs = [dir["inputs"]] };
        async Task<NotebookStatus> Render(RenderOptions o) => (await new SiteRenderer(o).RenderAsync(paths)).Notebooks.Single().Status;

        Assert.Equal(NotebookStatus.Executed, await Render(options));
        Assert.Equal(NotebookStatus.Cached, await Render(options));
        File.WriteAllText(input, "two");
        Assert.Equal(NotebookStatus.Executed, await Render(options));
        Assert.Equal(NotebookStatus.Cached, await Render(options));
        Assert.Equal(NotebookStatus.Executed, await Render(options with { Fresh = true }));
        File.AppendAllText(paths[0], " ");
        Assert.Equal(NotebookStatus.Executed, await Render(options));
    }

    [Fact]
    public async Task A_folder_named_by_the_parameters_cell_is_an_input_of_the_cache()
    {
        using var dir = new TempDirectory();
        var article = dir.Write("notebooks/articles/one.txt", "one");
        var notebook = Notebook.CSharp(
            NotebookCell.Code("var articles = \"articles\";").WithTags("parameters"),
            NotebookCell.Code("System.IO.Directory.GetFiles(articles).Length"));
        var paths = SiteFixture.WriteNotebooks(dir, ("counts", notebook));
        async Task<NotebookStatus> Render() => (await new SiteRenderer(SiteFixture.Options(dir)).RenderAsync(paths)).Notebooks.Single().Status;

        Assert.Equal(NotebookStatus.Executed, await Render());
        Assert.Equal(NotebookStatus.Cached, await Render());
        File.WriteAllText(article, "changed");
        Assert.Equal(NotebookStatus.Executed, await Render());
    }

    [Fact]
    public async Task Rendering_twice_gives_the_same_bytes()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("01-charts", SiteFixture.Charts()), ("02-table", SiteFixture.Table()));

        await new SiteRenderer(SiteFixture.Options(dir, "a") with { Fresh = true }).RenderAsync(paths);
        await new SiteRenderer(SiteFixture.Options(dir, "b") with { Fresh = true }).RenderAsync(paths);

        var a = Snapshot(dir["a"]);
        Assert.Equal(11, a.Count); // index, 2 pages, css, plotly.js, 2 PNG + 2 SVG, 2 chart CSVs
        Assert.Equal(a, Snapshot(dir["b"]));
    }

    [Fact]
    public async Task A_failing_notebook_shows_its_error_while_the_others_still_render()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("01-broken", SiteFixture.Broken()), ("02-table", SiteFixture.Table()));

        var result = await new SiteRenderer(SiteFixture.Options(dir)).RenderAsync(paths);

        Assert.False(result.Succeeded);
        Assert.Equal([NotebookStatus.Failed, NotebookStatus.Executed], result.Notebooks.Select(n => n.Status));
        Assert.Equal($"{paths[0]}: cell 3, line 1: System.ArgumentException: no such series", result.Failures.Single().FailureMessage);
        var page = File.ReadAllText(dir["site/01-broken.html"]);
        Assert.Contains("<strong>Execution failed</strong> at cell 3, line 1", page);
        Assert.Contains("<pre class=\"output error\">System.ArgumentException: no such series\n   at cell 3, line 1", page);
        Assert.Contains("execution failed at cell 3, line 1", File.ReadAllText(dir["site/index.html"]));
        Assert.Contains("<td>MIIT</td>", File.ReadAllText(dir["site/02-table.html"]));
    }

    [Fact]
    public async Task An_unreadable_notebook_gets_a_page_saying_why()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("notebooks/bad.ipynb", "{\"cells\": [");
        var good = SiteFixture.WriteNotebooks(dir, ("table", SiteFixture.Table()));

        var result = await new SiteRenderer(SiteFixture.Options(dir)).RenderAsync([bad, .. good]);

        Assert.StartsWith($"{bad}: not valid JSON (line 1)", result.Failures.Single().FailureMessage);
        Assert.Contains("This notebook could not be read.", File.ReadAllText(dir["site/bad.html"]));
        Assert.Contains("<span class=\"failed\">could not be read</span>", File.ReadAllText(dir["site/index.html"]));
        Assert.Equal([NotebookStatus.Unreadable, NotebookStatus.Executed], result.Notebooks.Select(n => n.Status));
        Assert.True(result.AnyUnreadable);
    }

    [Fact]
    public async Task A_damaged_cache_entry_runs_the_notebook_again()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("table", SiteFixture.Table()));
        var options = SiteFixture.Options(dir);
        await new SiteRenderer(options).RenderAsync(paths);
        foreach (var entry in Directory.GetFiles(dir["cache"], "table-*.ipynb")) File.WriteAllText(entry, "{\"cells\": [");

        var result = await new SiteRenderer(options).RenderAsync(paths);

        Assert.Equal(NotebookStatus.Executed, result.Notebooks.Single().Status);
    }

    [Fact]
    public async Task An_image_that_is_not_base64_is_left_out_and_the_page_still_renders()
    {
        using var dir = new TempDirectory();
        var damaged = Notebook.CSharp(NotebookCell.Code(
            "using Microsoft.DotNet.Interactive.Formatting;\nnew FormattedValue[] { new(\"image/png\", \"not base64!\"), new(\"text/plain\", \"no picture\") }", "c1"));
        var paths = SiteFixture.WriteNotebooks(dir, ("damaged", damaged));

        var result = await new SiteRenderer(SiteFixture.Options(dir)).RenderAsync(paths);

        Assert.True(result.Succeeded);
        Assert.Contains("<pre class=\"output text\">no picture</pre>", File.ReadAllText(dir["site/damaged.html"]));
        Assert.False(Directory.Exists(dir["site/images"]) && Directory.EnumerateFiles(dir["site/images"]).Any());
    }

    [Fact]
    public async Task Progress_shows_each_notebook_and_cell()
    {
        using var dir = new TempDirectory();
        var paths = SiteFixture.WriteNotebooks(dir, ("table", SiteFixture.Table()));
        var events = new List<NotebookProgress>();
        var options = SiteFixture.Options(dir) with { Run = SiteFixture.RunWithTestTypes with { Progress = new SynchronousProgress(events.Add) } };

        await new SiteRenderer(options).RenderAsync(paths);
        await new SiteRenderer(options).RenderAsync(paths);

        Assert.Equal(
            ["table.ipynb Started 0", "table.ipynb CellStarted 2", "table.ipynb CellFinished 2", "table.ipynb Executed 0", "table.ipynb PageWritten 0",
             "table.ipynb Cached 0", "table.ipynb PageWritten 0"],
            events.Select(e => $"{e.Notebook} {e.Stage} {e.Cell}"));
    }

    internal static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}

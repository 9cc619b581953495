using Microsoft.DotNet.Interactive.Formatting;
using NewsFigures.Tests.Tables;

namespace NewsFigures.Tests.Display;

/// <summary>
/// What a notebook shows when a cell ends with one of our values, asked of .NET Interactive's own Formatter, which finds
/// our TypeFormatterSourceAttribute by its name: tables as HTML with a plain summary, every record as one short line.
/// </summary>
[Collection(SeedFiguresCollection.Name)]
public sealed class NotebookDisplayTests(SeedFigures seeds)
{
    [Fact]
    public void A_figure_table_shows_as_its_html_table_and_a_plain_summary()
    {
        var figures = seeds.Figures;

        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(FigureTable)));
        var html = figures.ToDisplayString("text/html");
        Assert.Equal(figures.ToHtml(), html);
        Assert.Contains("<thead><tr><th>value</th><th>unit</th><th>kind</th><th>metric</th><th>period</th>", html);
        var plain = figures.ToDisplayString("text/plain");
        Assert.StartsWith(figures.ToString() + "\n", plain);
        Assert.Contains("  23,695 publication | ", plain);
        Assert.EndsWith($"  ... {figures.Count - 20} more\n", plain);
    }

    [Fact]
    public void A_series_shows_as_its_table_of_points_and_its_one_line_summary()
    {
        var compute = seeds.Figures.Series("intelligent computing power");

        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(Series)));
        Assert.Equal(compute.ToHtml(), compute.ToDisplayString("text/html"));
        Assert.Equal(compute.ToString(), compute.ToDisplayString("text/plain"));
    }

    [Fact]
    public void Key_numbers_show_as_an_escaped_html_table_and_as_lines_of_text()
    {
        var figures = seeds.Figures;
        var numbers = KeyNumbers.Of(figures.Series("generative AI users")).And(figures.Series("Qwen derivative models"));

        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(KeyNumbers)));
        Assert.Equal(["text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(KeyNumber)));
        var html = numbers.ToDisplayString("text/html");
        Assert.Equal(numbers.ToHtml(), html);
        Assert.StartsWith("<table class=\"nb-table nf-key-numbers\"><caption>Key numbers</caption><thead><tr><th>metric</th><th>value</th><th>period</th><th>sources</th></tr></thead><tbody>", html);
        Assert.Contains("<tr><td>generative AI users</td><td>515 million users</td><td>2025-H1</td><td>China Economic Net (CE.cn)</td></tr>", html);
        Assert.Contains("<tr class=\"nf-conflict\"><td>Qwen derivative models</td><td>&gt; 100,000 models</td><td>undated (sources differ)</td>", html);
        Assert.Equal(
            "generative AI users: 515 million users (2025-H1; China Economic Net (CE.cn))\n"
            + "Qwen derivative models: > 100,000 models (undated, sources differ; outlet not stated, 000_acd0283a066f7ea4.txt#1; The Belt and Road News Network)",
            numbers.ToDisplayString("text/plain"));
    }

    [Fact]
    public void A_corpus_shows_as_its_articles()
    {
        var corpus = seeds.Corpus;

        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(Corpus)));
        var html = corpus.ToDisplayString("text/html");
        Assert.StartsWith($"<table class=\"nf-corpus\"><caption>{corpus}</caption><thead><tr><th>file</th><th>outlet</th><th>date</th><th>pieces</th></tr></thead>", html);
        Assert.All(corpus.Articles, a => Assert.Contains($"<td>{a.FileName}</td>", html));
        Assert.Contains("#1 China's Ascent to Global Computing Power (copy of 000_acd0283a066f7ea4.txt#1)", html.Replace("&#39;", "'"));
        Assert.Matches(@"^5 articles, \d+ pieces \(\d+ cop(y|ies) of earlier pieces\)$", corpus.ToDisplayString("text/plain"));
    }

    [Fact]
    public void An_article_shows_as_its_pieces()
    {
        var article = seeds.Corpus.Articles[0];

        Assert.Equal(["text/html", "text/plain"], Formatter.GetPreferredMimeTypesFor(typeof(Article)));
        var html = article.ToDisplayString("text/html");
        Assert.Contains("<th>piece</th><th>title</th><th>byline</th><th>section</th><th>characters</th><th>copy of</th>", html);
        Assert.Contains("<td>Open-source AI Path to Inclusiveness</td>", html);
        Assert.Equal("000_acd0283a066f7ea4.txt (6 pieces)", article.ToDisplayString("text/plain"));
    }

    [Fact]
    public void Every_record_shows_as_one_short_line_not_a_property_dump()
    {
        var figure = seeds.Figures.First(f => f.Figure.Text == "1,037.3 EFLOPS");
        var compute = seeds.Figures.Series("intelligent computing power");
        var qwen = seeds.Figures.Series("Qwen derivative models");
        object[] values =
        [
            seeds.Corpus.Pieces.First(), seeds.Corpus.Articles[0].Info, seeds.Corpus.Pieces.First(p => p.DuplicateOf is not null).DuplicateOf!,
            seeds.Corpus.Pieces.First().Body, CorpusLoadOptions.Default, figure, figure.Figure, new ExtractionContext(new DateOnly(2025, 11, 25)),
            new FigureExtractor(), compute.Points[0], compute.Points[0].Sources[0], compute.Changes[0], qwen.Conflicts[0],
            seeds.Figures.AllSeries().Select(s => s.GrowthRate()).OfType<GrowthRate>().First(), compute.Group, compute.Group.Phrases[0], figure.Topic(),
            new TopicClassifier().Classify(figure), TopicCues.Default[0], new TopicClassifier(), SeriesOptions.Default,
            MetricMap.Parse("phrase,metric,topic\nAI computing power,intelligent computing power,computing power\n", "data/metrics.csv"),
            new MetricMapEntry("AI computing power", "intelligent computing power", Topic.ComputingPower, 2),
            new LoadProblem("data/articles/x.txt", "holds no article text."),
        ];

        foreach (var value in values)
        {
            var type = value.GetType();
            Assert.Equal(["text/plain"], Formatter.GetPreferredMimeTypesFor(type));
            var plain = value.ToDisplayString("text/plain");
            Assert.Equal(value.ToString(), plain);
            Assert.DoesNotContain(type.Name + " {", plain); // a record's generated ToString
            Assert.DoesNotContain("NewsFigures.", plain);    // an object's
            // Inside a host's HTML (a list shown as a table), the same line, escaped: never .NET Interactive's property tree.
            Assert.Equal($"<span class=\"nf-text\">{System.Net.WebUtility.HtmlEncode(plain)}</span>", value.ToDisplayString("text/html"));
        }
    }

    [Fact]
    public void A_figure_reads_like_a_row_of_the_tables_summary()
    {
        var qwen = seeds.Figures.First(f => f.Figure.Text.StartsWith("more than 100,000", StringComparison.Ordinal));

        Assert.Equal("more than 100,000 model | Qwen derivative models | - | 000_acd0283a066f7ea4.txt#1", qwen.ToString());
        Assert.Equal("more than 100,000 model | Qwen derivative models | -", qwen.Figure.ToString());
    }

    [Fact]
    public void Every_public_type_a_notebook_may_show_declares_its_display()
    {
        var undeclared = typeof(Corpus).Assembly.GetExportedTypes()
            .Where(t => t is { IsEnum: false, IsInterface: false } && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t))
            .Where(t => !t.GetCustomAttributes(false).Any(a => a.GetType().Name == "TypeFormatterSourceAttribute"))
            .Select(t => t.Name);

        Assert.Empty(undeclared);
    }
}

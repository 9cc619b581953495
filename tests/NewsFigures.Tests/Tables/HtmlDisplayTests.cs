namespace NewsFigures.Tests.Tables;

/// <summary>What a notebook shows for a figure table: an escaped HTML table where each number leads to its sentence.</summary>
[Collection(SeedFiguresCollection.Name)]
public sealed class HtmlDisplayTests(SeedFigures seeds)
{
    [Fact]
    public void Each_row_shows_the_value_the_quote_with_the_figure_marked_the_source_outlet_date_and_place()
    {
        var html = seeds.Figures.ByMetric("generative AI user").ToHtml();

        Assert.StartsWith("<table class=\"figure-table\"><caption>", html);
        Assert.Contains("<th>sentence</th><th>attribution</th><th>outlet, date</th><th>where</th>", html);
        Assert.Contains("<td class=\"figure-value\">515,000,000</td><td>user</td>", html);
        Assert.Contains("user base hit <mark>515 million</mark> by", html);
        Assert.Contains("<td>China Economic Net (CE.cn), 2025-11-25</td>", html);
        Assert.Matches(@"004_9455365b7787746f\.txt#1 \[\d+, \d+\)</td>", html);
        Assert.EndsWith("</tbody></table>", html);
    }

    [Fact]
    public void Every_text_is_escaped()
    {
        var table = new FigureTable([MadeFigures.Make("a.txt", 1, 3, "store", "<script>alert(1)</script> R&D opened 3 \"stores\".", "3",
            source: "O'Brien & Sons")]);

        var html = table.ToHtml();

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D opened <mark>3</mark> &quot;stores&quot;.", html);
        Assert.Contains("O&#39;Brien &amp; Sons", html);
        Assert.Contains("Daily &lt;News&gt; &amp; Co, 2025-03-01", html);
        Assert.Contains("title=\"A &lt;b&gt;title&lt;/b&gt;\"", html);
    }

    [Fact]
    public void Long_tables_show_the_first_rows_and_say_how_many_more()
    {
        var html = seeds.Figures.ToHtml(maxRows: 10);

        Assert.Equal(10, html.Split("<tr>").Length - 2); // the header row and ten figures
        Assert.EndsWith($"<p class=\"figure-more\">{seeds.Figures.Count - 10} more figures not shown ({seeds.Figures.Count} in all).</p>", html);
    }
}

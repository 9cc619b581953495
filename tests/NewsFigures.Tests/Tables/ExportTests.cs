using System.Text;
using System.Text.Json;

namespace NewsFigures.Tests.Tables;

/// <summary>JSON lines and CSV: the gold's keys and conventions, invariant numbers, the same bytes every time, written whole.</summary>
[Collection(SeedFiguresCollection.Name)]
public sealed class ExportTests(SeedFigures seeds) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("figure-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] Keys =
        ["file", "piece", "start", "end", "text", "value", "unit", "qualifier", "kind", "metric", "period", "attribution", "sentence"];

    [Fact]
    public void Jsonl_has_one_object_a_line_with_the_issue_keys_in_order()
    {
        var path = Path.Combine(_folder, "figures.jsonl");
        seeds.Figures.WriteJsonLines(path);

        var lines = File.ReadAllText(path).Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.Equal(seeds.Figures.Count, lines.Length - 1);
        Assert.All(lines[..^1], line => Assert.Equal(Keys, JsonDocument.Parse(line).RootElement.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Jsonl_follows_the_gold_conventions_so_it_can_be_diffed_with_the_gold()
    {
        var written = new StringWriter();
        seeds.Figures.WriteJsonLines(written);
        var byPlace = written.ToString().TrimEnd('\n').Split('\n')
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(o => (o.GetProperty("file").GetString()!, o.GetProperty("start").GetInt32()));

        foreach (var gold in seeds.Gold)
        {
            if (seeds.Matching(gold) is not { } found) continue;
            var line = byPlace[(found.File, found.Figure.Start)];
            Assert.Equal(gold.Piece, line.GetProperty("piece").GetString()); // "piece" is the title, as in the gold
            Assert.Equal(gold.File, line.GetProperty("file").GetString());
            Assert.Equal(found.Figure.Kind.ToString().ToLowerInvariant(), line.GetProperty("kind").GetString());
        }
    }

    [Fact]
    public void Numbers_are_written_in_full_without_exponents()
    {
        var written = new StringWriter();
        seeds.Figures.WriteJsonLines(written);
        var text = written.ToString();

        Assert.Contains("\"text\":\"515 million\",\"value\":515000000,\"unit\":\"user\"", text);
        Assert.Contains("\"value\":1037.3,", text);
        Assert.DoesNotContain("E+", text);

        var big = new StringWriter();
        new FigureTable([MadeFigures.Make("a.txt", 1, 2.5e21, "USD", "It is worth $2.5 sextillion.", "$2.5 sextillion")]).WriteJsonLines(big);
        Assert.Contains("\"value\":2500000000000000000000,", big.ToString());
    }

    [Fact]
    public void Csv_has_the_same_columns_and_quotes_what_needs_it()
    {
        var written = new StringWriter();
        seeds.Figures.WriteCsv(written);
        var lines = written.ToString().Split('\n');

        Assert.Equal(string.Join(',', Keys), lines[0]);
        Assert.StartsWith("000_acd0283a066f7ea4.txt,China's Ascent to Global Computing Power,904,910,\"23,695\",23695,publication,,level,", lines[1]);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Files_are_utf8_without_bom_and_the_same_bytes_on_every_write()
    {
        var first = Path.Combine(_folder, "a.csv");
        var second = Path.Combine(_folder, "b.csv");
        seeds.Figures.WriteCsv(first);
        seeds.Corpus.Figures().WriteCsv(second);

        var bytes = File.ReadAllBytes(first);
        Assert.Equal(bytes, File.ReadAllBytes(second));
        Assert.NotEqual(0xEF, bytes[0]);
        var text = new StringWriter();
        seeds.Figures.WriteCsv(text);
        Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), bytes);
    }

    [Fact]
    public void Writing_replaces_an_existing_file_whole_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "figures.jsonl");
        File.WriteAllText(path, "old content that is longer than nothing\n");

        FigureTable.Empty.WriteJsonLines(path);

        Assert.Equal("", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file_as_it_was()
    {
        var path = Path.Combine(_folder, "figures.jsonl");
        File.WriteAllText(path, "kept\n");

        Assert.Throws<InvalidOperationException>((Action)(() =>
        {
            using var writer = FigureWriter.ToFile(FigureFormat.JsonLines, path);
            writer.Write(seeds.Figures[0]);
            throw new InvalidOperationException("the disk is full");
        }));

        Assert.Equal("kept\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Rules_are_written_as_text_and_a_figure_made_without_them_says_so()
    {
        var made = MadeFigures.Make("a.txt", 1, 300, null, "The plant employs 300 workers.", "300");
        var written = new StringWriter();
        using (var writer = FigureWriter.Create(FigureFormat.JsonLines, written, withRules: true))
        {
            writer.Write(made);
            writer.Complete();
        }

        Assert.EndsWith(",\"rules\":null}\n", written.ToString());
        Assert.Throws<ArgumentException>(() => FigureWriter.ToFile(FigureFormat.Sqlite, Path.Combine(_folder, "f.db"), withRules: true));
        Assert.Throws<ArgumentException>(() => FigureWriter.Create(FigureFormat.Parquet, new MemoryStream(), withRules: true));
        Assert.Empty(Directory.GetFiles(_folder));
    }
}

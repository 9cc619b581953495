namespace NewsFigures.Tests.CorpusTests;

[Collection(SeedCorpusCollection.Name)]
public sealed class NormalizationTests(SeedCorpus seeds)
{
    private string Body(string file, string title) => seeds.Piece(file, title).Body.Text;

    [Theory]
    [InlineData(SeedCorpus.Page000, "China's Ascent to Global Computing Power", "23,695 AI-related publications — more than the combined output", "pub-")]
    [InlineData(SeedCorpus.Page000, "Igniting Innovation on the Roof of the World", "Scientific and technological innovation cannot be achieved", "innova-")]
    [InlineData(SeedCorpus.Page000, "China, Africa Jointly Promote Right to Development", "information and communication infrastructure in Africa", "com-")]
    [InlineData(SeedCorpus.Page002, "2025 ZGC Forum: Gala for Global Sci-tech Cooperation", "mechanisms for promoting international sci-tech cooperation", "pro-")]
    public void Words_broken_by_hyphenation_across_lines_are_healed(string file, string title, string healed, string fragment)
    {
        var body = Body(file, title);

        Assert.Contains(healed, body);
        Assert.DoesNotContain(fragment + "\n", body);
        Assert.DoesNotContain(fragment + " ", body);
    }

    [Theory]
    [InlineData(SeedCorpus.Page000, "Clean electricity has benefited thousands of households and provided a strong impetus for Africa's green development")]
    [InlineData(SeedCorpus.Page000, "As of February 2025, the region had 163 high-tech enterprises")]
    [InlineData(SeedCorpus.Page000, "along the same lines as DeepSeek,\" said Daniel Hook")]
    [InlineData(SeedCorpus.Page002, "In terms of infrastructure, China has been upgrading its computational capabilities for years.")]
    [InlineData(SeedCorpus.Page002, "Healthcare is also being profoundly impacted, with Beijing recently launching")]
    public void Paragraphs_cut_by_a_column_break_or_a_photo_caption_are_rejoined(string file, string sentence)
    {
        Assert.Contains(seeds.Article(file).Pieces, p => p.Body.Text.Contains(sentence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cutting- edge", "cutting-edge")]
    [InlineData("AI- powered", "AI-powered")]
    [InlineData("DeepSeek- R1", "DeepSeek-R1")]
    [InlineData("energy- efficient", "energy-efficient")]
    [InlineData("innovation- driven", "innovation-driven")]
    public void A_hyphen_left_open_inside_a_compound_is_closed(string printed, string normalized)
    {
        var bodies = seeds.Article(SeedCorpus.Page002).Pieces.Select(p => p.Body.Text).ToList();

        Assert.Contains(printed, seeds.Article(SeedCorpus.Page002).RawText);
        Assert.DoesNotContain(bodies, b => b.Contains(printed, StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains(normalized, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SeedCorpus.Page000, "AI-related publications — more than the combined")]
    [InlineData(SeedCorpus.Page000, "large AI models — such as DeepSeek")]
    [InlineData(SeedCorpus.Translation003, "in artificial intelligence - if successful, this effort")]
    [InlineData(SeedCorpus.Translation003, "Governance of Artificial Intelligence - editor's note)")]
    [InlineData(SeedCorpus.Web004, "undercut Western costs by half - DeepSeek's sparse attention")]
    public void Genuine_dashes_survive(string file, string passage)
    {
        Assert.Contains(seeds.Article(file).Pieces, p => p.Body.Text.Contains(passage, StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_cut_off_with_no_continuation_keeps_its_hyphen_and_its_paragraph_break()
    {
        var body = Body(SeedCorpus.Page002, "World Eyes Locked on China's AI");

        Assert.Contains("considered as a \"Sputnik mo-\n\nThe Australian media outlet", body);
    }

    [Fact]
    public void Emphasis_and_heading_markup_is_removed_from_bodies()
    {
        foreach (var piece in seeds.Corpus.Pieces)
        {
            Assert.DoesNotContain("*", piece.Body.Text);
            Assert.DoesNotContain("#", piece.Body.Text);
        }
        Assert.Contains("according to The New York Times (NYT).", Body(SeedCorpus.Page000, "China's Ascent to Global Computing Power"));
    }

    [Fact]
    public void Bodies_are_paragraphs_separated_by_one_blank_line_with_single_spaces()
    {
        foreach (var piece in seeds.Corpus.Pieces)
        {
            var text = piece.Body.Text;
            Assert.Equal(text.Trim(), text);
            Assert.DoesNotContain("\n\n\n", text);
            Assert.DoesNotContain("  ", text);
            Assert.DoesNotContain('\u00A0', text);
            Assert.All(text.Split("\n\n"), p => Assert.DoesNotContain('\n', p));
        }
    }

    [Fact]
    public void Single_line_paragraphs_without_blank_lines_are_kept_apart()
    {
        var paragraphs = Body(SeedCorpus.Translation003, "How China is preparing for the AI competition with the United States").Split("\n\n");

        Assert.Equal(9, paragraphs.Length);
        Assert.StartsWith("The Wall Street Journal, July 29 article", paragraphs[0]);
        Assert.EndsWith("(Authors: Raffaele Huang, Liza Lin, translated by Wang Huicong)", paragraphs[^1]);
    }
}

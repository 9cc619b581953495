namespace NewsFigures.Tests.CorpusTests;

[Collection(SeedCorpusCollection.Name)]
public sealed class CaptionAndFurnitureTests(SeedCorpus seeds)
{
    [Theory]
    [InlineData(SeedCorpus.Page000, "China's Ascent to Global Computing Power", "A staff inspects equipment in the server room of the Western (Chongqing) Science City Advanced Data Center. (PHOTO: XINHUA)")]
    [InlineData(SeedCorpus.Page000, "Open-source AI Path to Inclusiveness", "DeepSeek is a pioneer in open-sourcing its AI model. (PHOTO: VCG)")]
    [InlineData(SeedCorpus.Page000, "Informatization Makes Strides in 2024", "A Tien Kung Ultra humanoid robot runs during the 100-meter final of the World Humanoid Robot Games. (PHOTO: XINHUA)")]
    [InlineData(SeedCorpus.Page002, "World Eyes Locked on China's AI", "The AI application DeepSeek has emerged as a strong player in 2025. The image shows a user asking a question on DeepSeek. (PHOTO: XINHUA)")]
    [InlineData(SeedCorpus.Page002, "Behind China's Emergence as Tech Exporter", "AI automatic generation software. (PHOTO: XINHUA)")]
    [InlineData(SeedCorpus.Translation003, "How China is preparing for the AI competition with the United States", "Robot boxing performance displayed during the 2025 World Artificial Intelligence Conference.")]
    public void Photo_captions_are_kept_as_captions_of_their_piece_and_out_of_every_body(string file, string title, string caption)
    {
        var piece = seeds.Piece(file, title);

        Assert.Contains(caption, piece.Captions.Select(c => c.Text));
        Assert.DoesNotContain(seeds.Corpus.Pieces, p => p.Body.Text.Contains(caption, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_caption_of_the_corpus_is_found()
    {
        Assert.Equal(6, seeds.Corpus.Pieces.Sum(p => p.Captions.Count));
        Assert.DoesNotContain(seeds.Corpus.Pieces, p => p.Body.Text.Contains("(PHOTO:", StringComparison.Ordinal));
        Assert.DoesNotContain(seeds.Corpus.Pieces, p => p.Body.Text.Contains("Image caption", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SeedCorpus.Web004, "分享到:")]
    [InlineData(SeedCorpus.Web004, "BACK TO TOP")]
    [InlineData(SeedCorpus.Web004, "• Sports")]
    [InlineData(SeedCorpus.Web004, "• Beauty Pageant")]
    [InlineData(SeedCorpus.Web004, "Edition:")]
    [InlineData(SeedCorpus.Web004, "Link:")]
    [InlineData(SeedCorpus.Web004, "About CE.cn | About the Economic Daily | Contact us")]
    [InlineData(SeedCorpus.Web004, "Copyright 2003-2025 China Economic Net. All rights reserved")]
    [InlineData(SeedCorpus.Web004, "Source:CE.cn | 2025-11-25 09:20")]
    [InlineData(SeedCorpus.Web004, "Last Updated: 2025-11-25 09:20 | CE.cn")]
    [InlineData(SeedCorpus.Web004, "Save Print E-mail")]
    [InlineData(SeedCorpus.Web004, "(Editor: fubo )")]
    [InlineData(SeedCorpus.Web004, "China's AI Surge: Innovation, Inclusion, and the Quest for Global Balance")]
    [InlineData(SeedCorpus.Translation003, "Original: https://www.toutiao.com/article/7533457713548886563/")]
    [InlineData(SeedCorpus.Translation003, "Statement: The article represents the views of the author(s). Please express your opinion by clicking the [Up/Down] buttons below.")]
    [InlineData(SeedCorpus.Reprint001, "Source: Science and Technology Daily")]
    public void Site_furniture_is_boilerplate_and_never_body(string file, string furniture)
    {
        var article = seeds.Article(file);

        Assert.Contains(furniture, article.Boilerplate.Select(b => b.Text));
        Assert.DoesNotContain(article.Pieces, p => p.Body.Text.Contains(furniture, StringComparison.Ordinal));
    }

    [Fact]
    public void The_web_article_body_ends_with_its_last_paragraph_not_the_page_footer()
    {
        var body = seeds.Article(SeedCorpus.Web004).Pieces[0].Body.Text;

        Assert.StartsWith("Editor's Note: The writer is a freelance columnist", body);
        Assert.EndsWith("narrowing the compute chasm that once favored the West.", body);
        Assert.DoesNotContain("Sports", body);
        Assert.DoesNotContain("Copyright", body);
    }

    [Fact]
    public void Boilerplate_maps_back_to_the_raw_text_too()
    {
        foreach (var article in seeds.Corpus.Articles)
            foreach (var b in article.Boilerplate)
                for (int i = 0; i < b.Length; i++)
                    Assert.True(MatchesRaw(article.RawText, b, i), $"{article.FileName}: '{b.Text}' at {i}");
    }

    private static bool MatchesRaw(string raw, MappedText text, int i) =>
        char.IsWhiteSpace(text.Text[i]) ? char.IsWhiteSpace(raw[text.RawOffset(i)]) : raw[text.RawOffset(i)] == text.Text[i];
}

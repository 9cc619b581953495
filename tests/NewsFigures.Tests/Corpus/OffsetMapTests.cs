using System.Text.RegularExpressions;

namespace NewsFigures.Tests.CorpusTests;

/// <summary>Every normalized character points at its raw character; between the characters of a word only healed
/// hyphens, line breaks, markup and removed captions or furniture may lie.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed partial class OffsetMapTests(SeedCorpus seeds)
{
    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [Fact]
    public void Every_word_of_every_piece_is_the_raw_text_at_its_mapped_span()
    {
        int words = 0;
        foreach (var piece in seeds.Corpus.Pieces)
        {
            var raw = piece.Article.RawText;
            var removed = RemovedSpans(piece.Article);
            foreach (Match w in Word().Matches(piece.Body.Text))
            {
                var (start, end) = piece.Body.RawSpan(w.Index, w.Index + w.Length);
                Assert.Equal(w.Value, Squeeze(raw, piece.Body, w.Index, w.Length));
                Assert.True(GapsAreHealedBreaksOrMarkup(raw, piece.Body, w.Index, w.Length, removed),
                    $"{piece}: '{w.Value}' maps to '{raw[start..end]}'");
                words++;
            }
        }
        Assert.True(words > 5000, $"only {words} words checked");
    }

    [Fact]
    public void A_healed_word_spans_the_break_and_the_caption_it_was_printed_around()
    {
        var piece = seeds.Piece(SeedCorpus.Page000, "China's Ascent to Global Computing Power");
        int at = piece.Body.Text.IndexOf("publications", StringComparison.Ordinal);

        var (start, end) = piece.Body.RawSpan(at, at + "publications".Length);
        string raw = piece.Article.RawText[start..end];

        Assert.StartsWith("pub-\n", raw);
        Assert.Contains("(PHOTO: XINHUA)", raw);
        Assert.EndsWith("\nlications", raw);
    }

    [Fact]
    public void Offsets_never_go_backwards()
    {
        foreach (var piece in seeds.Corpus.Pieces)
            for (int i = 1; i < piece.Body.Length; i++)
                Assert.True(piece.Body.RawOffset(i) >= piece.Body.RawOffset(i - 1), $"{piece} at {i}");
    }

    [Fact]
    public void Inserted_spaces_and_paragraph_breaks_map_to_raw_whitespace()
    {
        foreach (var piece in seeds.Corpus.Pieces)
            for (int i = 0; i < piece.Body.Length; i++)
                if (char.IsWhiteSpace(piece.Body.Text[i]))
                    Assert.True(char.IsWhiteSpace(piece.Article.RawText[piece.Body.RawOffset(i)]), $"{piece} at {i}");
    }

    [Fact]
    public void Nothing_printed_is_lost_every_raw_line_is_body_caption_furniture_or_heading()
    {
        foreach (var article in seeds.Corpus.Articles)
        {
            var covered = new bool[article.RawText.Length];
            var texts = article.Pieces.Select(p => p.Body).Concat(article.Pieces.SelectMany(p => p.Captions)).Concat(article.Boilerplate);
            foreach (var text in texts)
                for (int i = 0; i < text.Length; i++) covered[text.RawOffset(i)] = true;
            var headings = article.Pieces.SelectMany(p => new[] { p.Title, p.Section, p.Byline }).OfType<string>()
                .SelectMany(h => h.Split(" / ")).ToList();

            int lineStart = 0;
            foreach (var line in article.RawText.Split('\n'))
            {
                string trimmed = line.TrimEnd();
                bool anyUncovered = Enumerable.Range(lineStart, trimmed.Length)
                    .Where(i => !(i == lineStart + trimmed.Length - 1 && trimmed.EndsWith('-'))) // a healed line-end hyphen
                    .Any(i => !covered[i] && !char.IsWhiteSpace(article.RawText[i]) && article.RawText[i] is not ('*' or '#'));
                if (anyUncovered)
                {
                    string plain = line.Replace("*", "").Replace("#", "").Trim();
                    Assert.True(headings.Any(h => plain.Contains(h, StringComparison.Ordinal)), $"{article.FileName}: lost line '{line}'");
                }
                lineStart += line.Length + 1;
            }
        }
    }

    /// <summary>The raw characters at the mapped offsets of [index, index+length), read one by one.</summary>
    private static string Squeeze(string raw, MappedText text, int index, int length) =>
        string.Concat(Enumerable.Range(index, length).Select(i => raw[text.RawOffset(i)]));

    private static bool GapsAreHealedBreaksOrMarkup(string raw, MappedText text, int index, int length, bool[] removed)
    {
        for (int i = index + 1; i < index + length; i++)
        {
            int from = text.RawOffset(i - 1) + 1, to = text.RawOffset(i);
            for (int k = from; k < to; k++)
            {
                bool healedHyphen = k == from && raw[k] == '-' && raw[(k + 1)..to].Contains('\n');
                if (!(healedHyphen || char.IsWhiteSpace(raw[k]) || raw[k] is '*' or '#' || removed[k])) return false;
            }
        }
        return true;
    }

    /// <summary>Raw characters that belong to captions or furniture: a healed word may be printed around them.</summary>
    private static bool[] RemovedSpans(Article article)
    {
        var removed = new bool[article.RawText.Length];
        foreach (var text in article.Pieces.SelectMany(p => p.Captions).Concat(article.Boilerplate))
        {
            if (text.Length == 0) continue;
            var (start, end) = text.RawSpan(0, text.Length);
            for (int k = start; k < end; k++) removed[k] = true;
        }
        return removed;
    }
}

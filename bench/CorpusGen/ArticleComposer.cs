namespace CorpusGen;

/// <summary>
/// Composes generated file number <c>index</c> from the seeds: a headline made from the opening words of a seed
/// paragraph, a byline on three files in five, and 6-14 paragraphs in random order, each two to four consecutive seed
/// paragraphs of one piece (single seed paragraphs would make files of 4 KB, not 10), every one varied by
/// <see cref="WordVariation"/>. A reprint is composed from its original, rebuilt from the original's index.
/// </summary>
internal sealed class ArticleComposer(SeedText seeds, ReprintPlan plan, ulong seed, double replaceShare)
{
    private const int MinParagraphs = 6, MaxParagraphs = 14;
    private const int MinSeedParagraphsJoined = 2, MaxSeedParagraphsJoined = 4;
    private const double BylineShare = 0.6, TwoAuthorShare = 0.2;
    private const int MinHeadlineWords = 6, MaxHeadlineWords = 11, MaxHeadlineChars = 120;
    private const double TruncatedShare = 0.7;
    private static readonly char[] Quotes = ['"', '“', '”'];

    public GeneratedArticle Compose(int index) => plan.For(index) is { } reprint ? Reprint(index, reprint.Original, reprint.Kind) : Original(index);

    private GeneratedArticle Original(int index)
    {
        var random = SeededRandom.For(seed, Streams.Article, index);
        var variation = VariationFor(index);
        string headline = Headline(random, variation);
        string? byline = random.Chance(BylineShare) ? Byline(random) : null;
        var used = new HashSet<(int, int)>();
        var paragraphs = Enumerable.Range(0, random.Between(MinParagraphs, MaxParagraphs))
            .Select(_ => Paragraph(random, variation, used))
            .ToList();
        return new GeneratedArticle(headline, byline, paragraphs);
    }

    private GeneratedArticle Reprint(int index, int originalIndex, ReprintKind kind)
    {
        var original = Original(originalIndex);
        var random = SeededRandom.For(seed, Streams.ReprintEdit, index);
        var paragraphs = original.Paragraphs.ToList();
        switch (kind)
        {
            case ReprintKind.FullCopy:
                return original with { Headline = Headline(random, VariationFor(index)) };
            case ReprintKind.Edited:
                paragraphs.RemoveAt(random.Below(paragraphs.Count));
                paragraphs.Insert(random.Below(paragraphs.Count + 1), Paragraph(random, VariationFor(index), []));
                return original with { Paragraphs = paragraphs };
            default:
                int keep = (int)Math.Ceiling(TruncatedShare * paragraphs.Count);
                return original with { Paragraphs = paragraphs.Take(keep).ToList() };
        }
    }

    /// <summary>Digits shift by 1-9 with the file number, so neighbouring files state different numbers.</summary>
    private WordVariation VariationFor(int index) =>
        new(seeds.Vocabulary, replaceShare, 1 + index % 9, SeededRandom.For(seed, Streams.Words, index));

    private string Paragraph(SeededRandom random, WordVariation variation, HashSet<(int, int)> used)
    {
        var start = random.Pick(seeds.Paragraphs);
        for (int tries = 0; used.Contains(start) && tries < 8; tries++) start = random.Pick(seeds.Paragraphs);
        var piece = seeds.Pieces[start.Piece];
        int count = Math.Min(random.Between(MinSeedParagraphsJoined, MaxSeedParagraphsJoined), piece.Count);
        int first = Math.Min(start.Index, piece.Count - count); // a run drawn near a piece's end starts earlier
        for (int i = first; i < first + count; i++) used.Add((start.Piece, i));
        return variation.Apply(string.Join(' ', piece.Skip(first).Take(count)));
    }

    /// <summary>The opening words of a seed paragraph's first sentence, varied like the text, with no closing punctuation
    /// (a line ending a sentence would read as text) and never starting "By" (it would read as a byline).</summary>
    private string Headline(SeededRandom random, WordVariation variation)
    {
        for (int tries = 0; tries < 10_000; tries++)
        {
            var (piece, index) = random.Pick(seeds.Paragraphs);
            string text = seeds.Pieces[piece][index];
            int end = text.IndexOf(". ", StringComparison.Ordinal);
            var words = (end > 0 ? text[..end] : text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < MinHeadlineWords || words[0] is "By" or "BY") continue;
            var chosen = words.Take(random.Between(MinHeadlineWords, MaxHeadlineWords)).ToList();
            if (chosen.Any(w => w.IndexOfAny(Quotes) >= 0)) continue; // a quotation left open would pull the story into the headline
            string headline = variation.Apply(string.Join(' ', chosen));
            while (headline.Length > MaxHeadlineChars && headline.LastIndexOf(' ') > 0) headline = headline[..headline.LastIndexOf(' ')];
            headline = headline.TrimEnd(',', ';', ':', '.', '-', '—', '–', ' ', '(');
            if (headline.Length == 0 || !char.IsLetterOrDigit(headline[0])) continue;
            return char.ToUpperInvariant(headline[0]) + headline[1..];
        }
        throw new InvalidDataException("no seed paragraph opens with a sentence that can be a headline.");
    }

    private string Byline(SeededRandom random)
    {
        string first = random.Pick(seeds.Authors);
        if (seeds.Authors.Count < 2 || !random.Chance(TwoAuthorShare)) return first;
        string second;
        do second = random.Pick(seeds.Authors); while (second == first);
        return $"{first} and {second}";
    }
}

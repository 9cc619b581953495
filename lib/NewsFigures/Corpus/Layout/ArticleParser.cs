namespace NewsFigures;

/// <summary>Turns one file's raw text into pieces: lines -> roles -> paragraphs -> heads and bodies.</summary>
internal static class ArticleParser
{
    private const string ParagraphBreak = "\n\n";

    public static ArticleDraft Parse(string fileName, string raw)
    {
        var lines = RawLine.Split(raw);
        var roles = LineClassifier.Classify(lines);

        var content = new List<TextUnit>();
        var captions = new List<TextUnit>();
        var boilerplate = new List<TextUnit>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (roles[i] == LineRole.Blank) continue;
            var unit = LineNormalizer.Normalize(raw, lines[i]);
            // a saved page's metadata field opens its first line, whatever the line turns out to be (body, caption, title)
            // (what is left may be furniture: " date 2017-12-06 Have your say")
            var role = roles[i];
            if (content.Count + captions.Count + boilerplate.Count == 0 && MetadataDateLine.FieldEnd(unit.Text.Text) is > 0 and var fieldEnd)
            {
                unit = unit with { Text = unit.Text.Slice(fieldEnd, unit.Text.Text.Length) };
                if (FurnitureRules.IsFurniture(unit.Text.Text.Trim())) role = LineRole.Boilerplate;
            }
            if (unit.Text.Length == 0) continue; // a line of markup only, e.g. "**"
            (role switch
            {
                LineRole.Content => content,
                LineRole.Caption => captions,
                _ => boilerplate,
            }).Add(unit);
        }

        var paragraphs = ParagraphJoiner.Join(content, raw, HardWrap.Detect(lines, roles));
        var (layouts, leftover) = PieceSplitter.Split(paragraphs);
        boilerplate.AddRange(leftover);
        boilerplate.AddRange(layouts.Where(l => l.Head is not null).SelectMany(l => l.Head!.Masthead));

        var pieces = new List<PieceDraft>();
        for (int p = 0; p < layouts.Count; p++)
        {
            var layout = layouts[p];
            int from = p == 0 ? 0 : layout.FirstLine;
            int to = p + 1 < layouts.Count ? layouts[p + 1].FirstLine : int.MaxValue;
            var body = JoinParagraphs(layout.Body);
            var pieceCaptions = captions.Where(c => c.FirstLine >= from && c.FirstLine < to).Select(c => c.Text).ToList();
            string title = layout.Head?.Title.Plain ?? TitleFallback.For(body.Text);
            string? byline = layout.Head?.Byline ?? HeadingRules.CreditedAuthors(body.Text);
            pieces.Add(new PieceDraft(title, byline, layout.Head?.Section, body, pieceCaptions));
        }
        return new ArticleDraft(fileName, raw, pieces, boilerplate.OrderBy(b => b.FirstLine).Select(b => b.Text).ToList());
    }

    private static MappedString JoinParagraphs(IReadOnlyList<TextUnit> units)
    {
        var text = new MappedStringBuilder(units.Sum(u => u.Text.Length) + ParagraphBreak.Length * Math.Max(0, units.Count - 1));
        for (int i = 0; i < units.Count; i++)
        {
            if (i > 0) text.Append(ParagraphBreak, units[i - 1].RawEnd);
            text.Append(units[i].Text);
        }
        return text.ToMappedString();
    }
}

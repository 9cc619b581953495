using UglyToad.PdfPig;

namespace NewsFigures.Testing;

/// <summary>
/// A printed PDF as tests read it (with PdfPig): its pages, each with its lines of text and its images, placed by their
/// distance from the top of the page in points. Linked into the test projects that print.
/// </summary>
internal sealed class PrintedPdf
{
    private PrintedPdf(IReadOnlyList<PrintedPage> pages) => Pages = pages;

    public IReadOnlyList<PrintedPage> Pages { get; }

    public static PrintedPdf Read(string path) => Read(File.ReadAllBytes(path));

    public static PrintedPdf Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return new PrintedPdf([.. document.GetPages().Select(PrintedPage.From)]);
    }

    /// <summary>Every line of every page, in reading order, with its page.</summary>
    public IEnumerable<(PrintedPage Page, PrintedLine Line)> Lines => Pages.SelectMany(p => p.Lines.Select(l => (p, l)));

    public override string ToString() => string.Join("\n", Pages.Select(p => p.ToString()));
}

/// <summary>One printed page: its number (from 1), its height in points, its lines top to bottom, its images.</summary>
internal sealed record PrintedPage(int Number, double Height, IReadOnlyList<PrintedLine> Lines, IReadOnlyList<PrintedBox> Images)
{
    /// <summary>Words on one baseline (within 2 points) make a line, read left to right.</summary>
    public static PrintedPage From(UglyToad.PdfPig.Content.Page page)
    {
        var height = page.Height;
        var lines = new List<PrintedLine>();
        foreach (var word in page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var top = height - word.BoundingBox.Top;
            var baseline = height - word.BoundingBox.Bottom;
            var same = lines.FindIndex(l => Math.Abs(l.Baseline - baseline) < 2);
            if (same < 0) lines.Add(new PrintedLine(word.Text, top, baseline, [(word.BoundingBox.Left, word.Text)]));
            else lines[same] = lines[same].With(word.BoundingBox.Left, word.Text, top);
        }
        var images = page.GetImages().Select(i => new PrintedBox(height - i.BoundingBox.Top, height - i.BoundingBox.Bottom)).OrderBy(b => b.Top).ToList();
        return new PrintedPage(page.Number, height, [.. lines.OrderBy(l => l.Baseline)], images);
    }

    public override string ToString() => $"--- page {Number}\n" + string.Join("\n", Lines.Select(l => $"{l.Top,6:0} {l.Text}"))
        + "\n" + string.Join("\n", Images.Select(i => $"{i.Top,6:0} [image to {i.Bottom:0}]"));
}

/// <summary>A line of text; <see cref="Top"/> and <see cref="Baseline"/> are points from the top of the page.</summary>
internal sealed record PrintedLine(string Text, double Top, double Baseline, IReadOnlyList<(double Left, string Word)> Words)
{
    public PrintedLine With(double left, string word, double top)
    {
        var words = Words.Append((Left: left, Word: word)).OrderBy(w => w.Left).ToList();
        return new PrintedLine(string.Join(" ", words.Select(w => w.Word)), Math.Min(Top, top), Baseline, words);
    }
}

/// <summary>An image's extent, in points from the top of the page.</summary>
internal sealed record PrintedBox(double Top, double Bottom);

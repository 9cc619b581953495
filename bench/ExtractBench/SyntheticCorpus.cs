using System.Text;
using NewsFigures;

namespace ExtractBench;

/// <summary>One text to extract from, with the date its article carries (so relative periods resolve as in real use).</summary>
internal sealed record BenchText(string Text, ExtractionContext Context)
{
    public int Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Text);
}

/// <summary>
/// The seed pieces repeated until the corpus reaches the target size. Copy k shifts every digit by k (1-9, never 0, so no
/// leading zeros appear), so numbers differ from copy to copy while the prose, and so the work per byte, stays real.
/// </summary>
internal static class SyntheticCorpus
{
    public static IReadOnlyList<BenchText> Build(string articles, long targetBytes)
    {
        var corpus = Corpus.Load(articles);
        var seeds = corpus.Pieces
            .SelectMany(p => p.Captions.Prepend(p.Body).Select(t => (t.Text, Context: new ExtractionContext(p.Article.Info.Date))))
            .Where(s => s.Text.Length > 0)
            .ToList();
        var texts = new List<BenchText>();
        long bytes = 0;
        for (int copy = 0; bytes < targetBytes; copy++)
            foreach (var (text, context) in seeds)
            {
                var varied = new BenchText(copy == 0 ? text : ShiftDigits(text, copy), context);
                texts.Add(varied);
                bytes += varied.Utf8Bytes;
            }
        return texts;
    }

    /// <summary>Texts from the start whose sizes add up to at least the given number of bytes.</summary>
    public static IReadOnlyList<BenchText> Slice(IReadOnlyList<BenchText> texts, long bytes)
    {
        var slice = new List<BenchText>();
        long total = 0;
        foreach (var text in texts)
        {
            if (total >= bytes) break;
            slice.Add(text);
            total += text.Utf8Bytes;
        }
        return slice;
    }

    private static string ShiftDigits(string text, int copy) => string.Create(text.Length, (text, copy), static (span, state) =>
    {
        var (source, shift) = state;
        for (int i = 0; i < span.Length; i++)
        {
            char c = source[i];
            span[i] = c is >= '0' and <= '9' ? (char)('1' + (c - '0' + shift) % 9) : c;
        }
    });
}

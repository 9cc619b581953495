using System.Globalization;
using System.Text.RegularExpressions;
using NewsFigures;

namespace SeriesBench;

/// <summary>
/// A figure table of any size whose metric phrases vary and repeat as in a corpus of thousands of articles, built
/// deterministically from data/articles. Copy 0 is the seed pieces as they are; in copy k (k ≥ 1) each lowercase word is
/// replaced, at a rate that cycles through <see cref="Rates"/>, by a word of the seeds' own vocabulary (frequent words more
/// often), years move by up to three years either way and other numbers have their digits shifted; then the extractor
/// reads the copy. Each copy's files get their own names ("00042_002_39b1c7941e8ee6b6.txt").
/// </summary>
internal static partial class VariedFigures
{
    /// <summary>Share of lowercase words replaced in copy k: Rates[k % Rates.Length]; copy 0 is unchanged.</summary>
    private static readonly double[] Rates = [0.05, 0.1, 0.2, 0.3];

    public static FigureTable Build(string articles, int count)
    {
        var corpus = Corpus.Load(articles);
        var texts = corpus.Pieces
            .SelectMany(p => p.Captions.Prepend(p.Body).Select(t => (Piece: p, t.Text, Context: new ExtractionContext(p.Article.Info.Date))))
            .Where(t => t.Text.Length > 0)
            .ToList();
        var vocabulary = texts.SelectMany(t => LowercaseWord().Matches(t.Text).Select(m => m.Value))
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
        var extractor = new FigureExtractor();
        var figures = new List<CorpusFigure>(count);
        for (int copy = 0; figures.Count < count; copy++)
        {
            // One generator per copy, so copy k reads the same whatever the table's size.
            var random = new Random(copy);
            double rate = Rates[copy % Rates.Length];
            string prefix = $"{copy:00000}_";
            foreach (var (piece, text, context) in texts)
            {
                var varied = copy == 0 ? text : Vary(text, copy, rate, random, vocabulary);
                foreach (var figure in extractor.Extract(varied, context))
                {
                    if (figures.Count == count) break;
                    figures.Add(new CorpusFigure(prefix + piece.FileName, piece.Number, piece.Title, piece.Article.Info, figure)
                    {
                        DuplicateOf = piece.DuplicateOf is { } link ? link with { FileName = prefix + link.FileName } : null,
                    });
                }
            }
        }
        return new FigureTable(figures);
    }

    private static string Vary(string text, int copy, double rate, Random random, string[] vocabulary)
    {
        var words = LowercaseWord().Replace(text, m => random.NextDouble() < rate
            // Cubing a uniform number favours the front of the list, where the frequent words are.
            ? vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 3))]
            : m.Value);
        int yearShift = copy % 7 - 3, digitShift = copy % 9;
        return Number().Replace(words, m =>
        {
            // Month and day of an ISO date ("2025-11-25") stay, so the date still reads as one.
            if (m.Index >= 2 && words[m.Index - 1] == '-' && char.IsAsciiDigit(words[m.Index - 2])) return m.Value;
            if (m.Length == 4 && int.Parse(m.Value, CultureInfo.InvariantCulture) is >= 1990 and <= 2039 and var year)
                return (year + yearShift).ToString(CultureInfo.InvariantCulture);
            return string.Create(m.Length, (m.Value, digitShift), static (span, state) =>
            {
                for (int i = 0; i < span.Length; i++) span[i] = (char)('1' + (state.Value[i] - '0' + state.digitShift) % 9);
            });
        });
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[a-z]+(?![\p{L}\p{N}])")]
    private static partial Regex LowercaseWord();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Number();
}

using System.Globalization;

namespace NewsFigures.Cli.Notebooks;

/// <summary>
/// The line a printed page's footer gives for <c>render --corpus DIR</c>: "corpus data/articles, 5 articles, newest
/// 2025-11-25". The date is the newest article's, not today's, so the same corpus prints the same bytes.
/// </summary>
internal static class CorpusFooterLine
{
    public static string Of(string givenPath, Corpus corpus)
    {
        var newest = corpus.Articles.Max(a => a.Info.Date);
        var count = corpus.Articles.Count;
        return string.Create(CultureInfo.InvariantCulture,
            $"corpus {Path.TrimEndingDirectorySeparator(givenPath)}, {count} article{(count == 1 ? "" : "s")}{(newest is { } date ? $", newest {date:yyyy-MM-dd}" : "")}");
    }
}

using System.Security.Cryptography;
using System.Text;
using NewsFigures;

namespace CorpusGen;

/// <summary>
/// What generated articles are made of, taken from the real seed articles as the library parses them: the story
/// paragraphs of every distinct piece (reprinted pieces counted once), the author names of their bylines, and the
/// vocabulary of replaceable words.
/// </summary>
internal sealed class SeedText
{
    /// <summary>Fewer words than this, and a line could read as a heading (the layout's limit is 18) or a label.</summary>
    private const int MinParagraphWords = 19;

    private SeedText(IReadOnlyList<IReadOnlyList<string>> pieces, IReadOnlyList<string> authors, IReadOnlyList<string> vocabulary)
    {
        Pieces = pieces;
        Paragraphs = pieces.SelectMany((p, i) => p.Select((_, j) => (i, j))).ToList();
        Authors = authors;
        Vocabulary = vocabulary;
        Fingerprint = Hash(pieces.SelectMany(p => p).Concat(authors).Concat(vocabulary));
    }

    /// <summary>Story paragraphs per distinct seed piece, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Pieces { get; }

    /// <summary>Every paragraph as (piece, index), so draws are uniform over paragraphs, not pieces.</summary>
    public IReadOnlyList<(int Piece, int Index)> Paragraphs { get; }

    /// <summary>Author names from the seeds' bylines ("LIANG Yilian", "Liza Lin").</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>Lower-case words of four or more letters, ordinal order, that may replace one another.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>A hash of everything above: a cached corpus is stale when the seeds or the parser change it.</summary>
    public string Fingerprint { get; }

    public static SeedText Load(string articles)
    {
        var corpus = Corpus.Load(articles);
        var pieces = corpus.DistinctPieces
            .Select(p => (IReadOnlyList<string>)p.Body.Text.Split("\n\n").Where(IsStoryParagraph).ToList())
            .Where(p => p.Count > 0)
            .ToList();
        if (pieces.Count == 0) throw new InvalidDataException($"{articles}: no story paragraphs to build articles from.");
        var authors = corpus.Pieces
            .Select(p => p.Byline).OfType<string>()
            .SelectMany(b => b.Split([" and ", ", ", "; ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .ToList();
        var vocabulary = pieces.SelectMany(p => p)
            .SelectMany(WordVariation.ReplaceableWords)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .ToList();
        return new SeedText(pieces, authors.Count > 0 ? authors : ["Staff Reporters"], vocabulary);
    }

    /// <summary>A paragraph that parses as story text wherever it is placed: long, opening and ending a sentence.</summary>
    private static bool IsStoryParagraph(string paragraph)
    {
        string t = paragraph.Trim();
        // A paragraph starting in lower case would be joined to the line above it (a headline or byline).
        if (t.Length == 0 || char.IsLower(t[0]) || t.StartsWith("By ", StringComparison.Ordinal)) return false;
        int words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= MinParagraphWords && EndsSentence(t);
    }

    private static bool EndsSentence(string t)
    {
        string end = t.TrimEnd('"', '\'', '”', '’', ')', ']');
        return end.Length > 0 && end[^1] is '.' or '!' or '?';
    }

    private static string Hash(IEnumerable<string> parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(part));
            sha.AppendData([0]);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}

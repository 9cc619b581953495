using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>A title for a piece printed without one: a stated "original title:", else the opening words.</summary>
internal static partial class TitleFallback
{
    private const int MaxWords = 12;

    [GeneratedRegex(@"\boriginal\s+(?:title|headline)\s*[:：]\s*(?<title>[^\n]+?)(?:[.!?](?=\s|$)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex StatedTitle();

    public static string For(string body)
    {
        var stated = StatedTitle().Match(body);
        if (stated.Success) return stated.Groups["title"].Value.Trim();

        string firstParagraph = body.Split("\n\n")[0];
        int end = SentenceEnd(firstParagraph);
        string sentence = end > 0 ? firstParagraph[..end] : firstParagraph;
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? sentence.Trim() : string.Join(' ', words.Take(MaxWords)) + " …";
    }

    // The first full stop, "!" or "?" that ends the paragraph or stands before a space and a word that may open a sentence:
    // not the point of "1.21 billion", nor the stop of an abbreviation ("U.S. housing starts", "Kshs. 23 billion")
    private static int SentenceEnd(string paragraph)
    {
        for (int at = paragraph.IndexOfAny(['.', '!', '?']); at >= 0; at = paragraph.IndexOfAny(['.', '!', '?'], at + 1))
        {
            if (at + 1 == paragraph.Length) return at;
            if (!char.IsWhiteSpace(paragraph[at + 1])) continue;
            int next = at + 1;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next])) next++;
            if (next == paragraph.Length || !char.IsLower(paragraph[next]) && !char.IsDigit(paragraph[next])) return at;
        }
        return -1;
    }
}

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
        int end = firstParagraph.IndexOfAny(['.', '!', '?']);
        string sentence = end > 0 ? firstParagraph[..end] : firstParagraph;
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? sentence.Trim() : string.Join(' ', words.Take(MaxWords)) + " …";
    }
}

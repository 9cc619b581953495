using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>Tells titles, section labels and bylines from body paragraphs by their form.</summary>
internal static partial class HeadingRules
{
    public const int MaxHeadingWords = 18;
    public const int MaxHeadingChars = 140;
    /// <summary>Labels are short: "Opinion", "From page 1", "Voice of the World".</summary>
    public const int MaxLabelWords = 4;

    /// <summary>"By LIANG Yilian", "By John Smith and Jane Doe", "By Staff Reporters", optionally followed by a dateline.</summary>
    [GeneratedRegex(@"^(?:By|BY)\s+(?<names>\p{Lu}[\p{L}.'’\-]*(?:(?:\s+|,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’\-]*){0,7})(?=$|[\s,|·•–—-])", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>An author credit in parentheses, e.g. "(Authors: A, B, translated by C)"; the translator is not an author.</summary>
    [GeneratedRegex(@"\((?:authors?|writers?|reporters?)\s*[:：]\s*(?<names>[^()]+?)(?:[,;]\s*(?:translated|compiled|edited)\s+by\b[^()]*)?\)", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorCredit();

    [GeneratedRegex(@"^(?:(?:continued\s+)?from\s+page\s+\w+|continued\s+on\s+page\s+\w+|\(?continued\)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageJump();

    /// <summary>Short, not a sentence, not starting in lower case: a title, a subheading or a label.</summary>
    public static bool IsHeadingLike(TextUnit unit)
    {
        string t = unit.Plain;
        if (t.Length == 0) return false;
        if (unit.HeadingLevel > 0 || unit.IsBoldOnly) return true;
        if (t.Length > MaxHeadingChars || !FurnitureRules.HasAtMostWords(t, MaxHeadingWords)) return false;
        if (char.IsLower(t[0]) || t[^1] is ',' or '-') return false;
        // A title may ask or exclaim ("Is AI a Bubble?"), but a short line ending in a full stop is a sentence.
        return !ParagraphJoiner.EndsSentence(t) || t.TrimEnd('"', '”', '’', '\'')[^1] is '?' or '!';
    }

    /// <summary>"2013 CO2 emissions: 11 billion tons", "Trade: 92,000": a short label, a colon, then a number.</summary>
    public static bool IsLabelledFigure(string line) => LabelledFigure().IsMatch(line);

    /// <summary>A line that opens with a bullet mark.</summary>
    public static bool IsBulleted(string line) => line.Length > 1 && line[0] is '•' or '·' or '▪' or '●' or '◦' or '‣' or '*' or '-' && char.IsWhiteSpace(line[1]);

    [GeneratedRegex(@"^[^:.!?]{0,49}[\p{L})]:\s+(?:[-+~]\s*)?[£$€¥]?\d")]
    private static partial Regex LabelledFigure();

    /// <summary>The names in a byline line, or null when the unit is not a byline.</summary>
    public static string? BylineNames(TextUnit unit)
    {
        if (unit.HeadingLevel > 0 || !FurnitureRules.HasAtMostWords(unit.Plain, MaxHeadingWords)) return null;
        if (ParagraphJoiner.EndsSentence(unit.Plain)) return null; // "By Monday, talks had ended." is a sentence
        var m = Byline().Match(unit.Plain);
        return m.Success ? m.Groups["names"].Value.Trim() : null;
    }

    /// <summary>Authors credited in a parenthesis inside the text, joined with ", ".</summary>
    public static string? CreditedAuthors(string text)
    {
        var m = AuthorCredit().Match(text);
        return m.Success ? m.Groups["names"].Value.Trim() : null;
    }

    /// <summary>Form alone says "label, not title": ALL CAPS, wholly bold, or a page jump.</summary>
    public static bool LooksLikeLabel(TextUnit unit)
    {
        string t = unit.Plain;
        return unit.IsBoldOnly || PageJump().IsMatch(t) || IsAllCaps(t);
    }

    public static bool IsShort(TextUnit unit) => FurnitureRules.HasAtMostWords(unit.Plain, MaxLabelWords);

    private static bool IsAllCaps(string t) => t.Any(char.IsLetter) && !t.Any(char.IsLower);
}

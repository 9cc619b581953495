using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>
/// Recognizes site furniture line by line: things a web page prints around every article
/// (share widgets, navigation, copyright, datelines, voting statements, editor credits).
/// The rules look at a line's form, never at a particular site's wording.
/// </summary>
internal static partial class FurnitureRules
{
    /// <summary>A single word and a colon with nothing after it: "Edition:", "Link:", "分享到:"; or "Share to:", "Follow us:".</summary>
    [GeneratedRegex(@"^(?:[^\s:：]{1,20}|(?:share|follow)\s+(?:to|on|this|us|via))[:：]$", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyLabel();

    /// <summary>The page's own controls and prompts: "Back to top", "Skip navigation", "Hide Ad", "Have your say", "Join the debate".</summary>
    [GeneratedRegex(@"^(?:back\s+to\s+top|return\s+to\s+top|top|print|close|skip\s+(?:navigation|to\s+(?:main\s+)?content)|hide\s+ad|advertisement"
        + @"|have\s+your\s+say|join\s+the\s+(?:debate|discussion|conversation))\s*[↑^]?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNavigation();

    /// <summary>A line of no words: a video's length ("00:56"), a lone dash.</summary>
    [GeneratedRegex(@"^[\d:.\-–—]+$")]
    private static partial Regex NoWords();

    /// <summary>A copyright notice, not a sentence about copyright: it opens with the word or sign, or reserves rights.</summary>
    [GeneratedRegex(@"^(?:copyright\b|©)|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    /// <summary>Datelines and credits a page prints as metadata: "Last Updated: ...", "Source: ...", "Published: ...", "Post Date: ...", "PHOTO: ...".</summary>
    [GeneratedRegex(@"^(?:last\s+updated|updated|published|posted|post\s+date|release\s+time|source|date|time|photo|image|picture|credit)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex MetadataLine();

    [GeneratedRegex(@"^\(?\s*(?:(?:editor|editors|responsible\s+editor|chief\s+editor)\s*[:：]|edited\s+by\b)[^()]*\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EditorCredit();

    /// <summary>Instructions to use the page's own controls ("... by clicking the [Up/Down] buttons below"), or a site statement.</summary>
    [GeneratedRegex(@"\bclick(?:ing)?\s+(?:on\s+)?(?:the\s+)?\[[^\]]*\]|\bclick(?:ing)?\b.*\bbuttons?\s+(?:below|above)|^statement\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex ClickInstruction();

    /// <summary>A label and a URL and nothing else ("Original: https://..."), or a bare URL.</summary>
    [GeneratedRegex(@"^(?:[\p{L} ]{1,24}[:：]\s*)?https?://\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"^(?:save|print|e-?mail|share|tweet|facebook|twitter|wechat|weibo|linkedin|whatsapp|reddit|comments?|font|a\+|a-|copy\s+link)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareWord();

    /// <summary>A short menu entry: a bullet and at most four words, no digits, no sentence end.</summary>
    [GeneratedRegex(@"^[•·▪●◦‣\-\*]\s*[^\d.!?]{1,40}$")]
    private static partial Regex MenuItem();

    public const int MaxFurnitureWords = 25;

    /// <summary>True when the (trimmed) line, taken alone, is site furniture.</summary>
    public static bool IsFurniture(string line)
    {
        if (line.Length == 0) return false;
        if (EmptyLabel().IsMatch(line) || PageNavigation().IsMatch(line) || LinkLine().IsMatch(line) || IsWordless(line))
            return true;
        if (HasAtMostWords(line, MaxFurnitureWords) && (Copyright().IsMatch(line) || ClickInstruction().IsMatch(line)))
            return true;
        if (HasAtMostWords(line, 12) && (MetadataLine().IsMatch(line) || EditorCredit().IsMatch(line)))
            return true;
        return IsShareWidget(line) || IsNavigationBar(line);
    }

    // "00:56", "-", "0": a video's length, a stray dash, a share counter at zero; not another number alone ("2024" may head a
    // table's column)
    private static bool IsWordless(string line) => NoWords().IsMatch(line) && (line.Contains(':') || !line.Any(char.IsDigit) || line == "0");

    /// <summary>True for a short bulleted entry; only a run of them counts as a menu.</summary>
    public static bool IsMenuItem(string line) => HasAtMostWords(line, 5) && MenuItem().IsMatch(line);

    /// <summary>"Save Print E-mail": two or more share-widget words and nothing else.</summary>
    private static bool IsShareWidget(string line)
    {
        int words = 0;
        for (int i = 0; i < line.Length;)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            int start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            if (i == start) break;
            if (!ShareWord().IsMatch(line.AsSpan(start, i - start))) return false; // most lines stop at their first word
            words++;
        }
        return words >= 2;
    }

    /// <summary>"About us | Contact us | Sitemap": three or more short links separated by bars.</summary>
    private static bool IsNavigationBar(string line)
    {
        if (line.AsSpan().Count('|') < 2) return false;
        var parts = line.Split('|', StringSplitOptions.TrimEntries);
        return parts.Length >= 3 && parts.All(p => p.Length > 0 && HasAtMostWords(p, 5));
    }

    /// <summary>Runs of non-whitespace characters, as splitting on whitespace would count them.</summary>
    public static int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /// <summary>WordCount(text) &lt;= max, but stops at the word after max: a paragraph is not counted to its end to learn
    /// it is longer than a heading.</summary>
    public static bool HasAtMostWords(string text, int max)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord && ++words > max) return false;
            inWord = !space;
        }
        return true;
    }
}

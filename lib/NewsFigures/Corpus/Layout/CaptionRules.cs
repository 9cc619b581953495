using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>Recognizes photo captions: a line ending in a photo credit, or a "caption:" label.</summary>
internal static partial class CaptionRules
{
    /// <summary>"... (PHOTO: XINHUA)", "... (Photo by Li Hua)", "... [Photo/Xinhua]", "... (Image: VCG)".</summary>
    [GeneratedRegex(@"[\(\[]\s*(?:photo|photos|image|picture|graphic|illustration)s?\s*(?:[:/]|by\b)[^\)\]]*[\)\]]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditAtEnd();

    /// <summary>"Image caption:", "Photo caption:", "Caption:" with or without the caption after it.</summary>
    [GeneratedRegex(@"^(?:(?:image|photo|picture)\s+)?caption\s*[:：]\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    public static bool EndsWithPhotoCredit(string line) => line.Length <= 600 && CreditAtEnd().IsMatch(line);

    /// <summary>True for a caption label; <paramref name="hasInlineCaption"/> tells whether the caption follows on the same line.</summary>
    public static bool IsCaptionLabel(string line, out bool hasInlineCaption)
    {
        var m = CaptionLabel().Match(line);
        hasInlineCaption = m.Success && m.Groups["rest"].Length > 0;
        return m.Success;
    }
}

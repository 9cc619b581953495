using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>A metadata field a saved page keeps before its headline: " date 2025-08-28 China's AI users top ...".</summary>
internal sealed partial class MetadataDateLine : OwnDatePattern
{
    public override string Name => "metadata line";

    [GeneratedRegex(@"^date\s+(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    public override DateOnly? Read(string line) => Field().Match(line) is { Success: true } m ? WrittenDate.Of(m) : null;

    /// <summary>Where the text after a metadata field a saved page printed on its first line begins ("date 2026-03-03
    /// China's AI users top 600 mln": at "China's"), or 0 without one. The date is the text's own date, not its words.</summary>
    public static int FieldEnd(string text)
    {
        var m = Field().Match(text);
        if (!m.Success) return 0;
        int end = m.Length;
        while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        return end;
    }
}

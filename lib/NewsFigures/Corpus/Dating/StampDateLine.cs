using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>A publication stamp: "Updated: 2025-11-19", "Update: 2025-11-19", "Published 12 March 2024",
/// "Last updated on March 6, 2017 10:02", "Post Date: 30 Nov 2013", "FE Team | Published: January 07, 2012" (after a byline and a bar). The date must
/// follow the label at once.</summary>
internal sealed partial class StampDateLine : OwnDatePattern
{
    public override string Name => "updated line";

    [GeneratedRegex(@"^(?:[^|\n]{1,40}\|\s*)?(?:last\s+)?(?:updated?|published|posted|post\s+date|release\s+time|publication\s+date|date)\s*(?:[:：]\s*|on\s+|\s)(?:\w{3,9}day,?\s+)?"
        + WrittenDate.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    public override DateOnly? Read(string line) => Stamp().Match(line) is { Success: true } m ? WrittenDate.Of(m) : null;
}

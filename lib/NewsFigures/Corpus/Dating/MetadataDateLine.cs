using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>A metadata field a saved page keeps before its headline: " date 2025-08-28 China's AI users top ...".</summary>
internal sealed partial class MetadataDateLine : OwnDatePattern
{
    public override string Name => "metadata line";

    [GeneratedRegex(@"^date\s+(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    public override DateOnly? Read(string line) => Field().Match(line) is { Success: true } m ? WrittenDate.Of(m) : null;
}

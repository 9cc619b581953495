using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>A wire-service dateline opening the story with its year: "BEIJING, Aug. 26, 2025 (Xinhua) --",
/// "WASHINGTON, March 6, 2017 (AP) —". A dateline without a year ("BEIJING, Aug. 26 (Xinhua) --") states no date.</summary>
internal sealed partial class Dateline : OwnDatePattern
{
    public override string Name => "dateline";

    [GeneratedRegex(@"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Za-z .]{2,30})?,\s*" + WrittenDate.Pattern
        + @"\s*(?:\([A-Za-z .]{1,30}\))?\s*(?:--|—|–|-)", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    public override DateOnly? Read(string line) => Opening().Match(line) is { Success: true } m ? WrittenDate.Of(m) : null;
}

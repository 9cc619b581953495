using System.Globalization;

namespace NewsFigures;

/// <summary>
/// How a point stated in another unit was brought into its series' unit: value × <see cref="Factor"/>. A unit of the
/// same measure converts by its decimal prefix (PFLOPS to EFLOPS is × 0.001); a currency converts only at a rate its own
/// text gives, and <see cref="RateSentence"/> is that sentence. Null on a point stated in the series' unit.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record UnitConversion(string FromUnit, string ToUnit, double Factor, string? RateSentence = null)
{
    /// <summary>"PFLOPS to EFLOPS × 0.001", or for a currency "CNY to USD × 0.138 at the rate the text gives: “...”".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FromUnit} to {ToUnit} × {Factor:G6}")
        + (RateSentence is null ? "" : $" at the rate the text gives: “{RateSentence}”");
}

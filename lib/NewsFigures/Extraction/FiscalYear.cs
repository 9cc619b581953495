using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>Whether a text reports on a year that ends in another month than December ("results for the year ended 30
/// April 2016", "the fiscal year ending June 30, 2024"): a year that labels its comparatives, "(2015: £4.2 million)", is
/// then a fiscal year, FY2015. Read from the whole article, since such a line often stands above the piece's title.</summary>
internal static partial class FiscalYear
{
    public static bool IsReportedIn(string text) => YearEndingBeforeDecember().IsMatch(text);

    [GeneratedRegex(@"\byears? end(?:ed|ing) (?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November)\b|(?:January|February|March|April|May|June|July|August|September|October|November) \d{1,2}\b)")]
    private static partial Regex YearEndingBeforeDecember();
}

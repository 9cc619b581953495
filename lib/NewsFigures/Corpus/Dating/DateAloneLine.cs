using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>
/// A date standing on a line of its own, perhaps with a clock time and a short label: "March 6, 2017",
/// "Oct 1 2012 | Focus", "Xinhua) 15:53, April 12, 2023". A sentence that mentions a date ("Sales rose on
/// March 6, 2017 ...") has too many other words to count.
/// </summary>
internal sealed partial class DateAloneLine : OwnDatePattern
{
    /// <summary>Words a line may hold besides its date and time: a section label or a source's name.</summary>
    private const int MaxOtherWords = 3;

    public override string Name => "date line";

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>More words than a date, two clock times and the other words could ever make: a sentence, not a date line.</summary>
    private const int MaxLineWords = 20;

    public override DateOnly? Read(string line)
    {
        // A paragraph is one line too: counting its words first spares the date pattern a scan of every paragraph.
        if (WordsAtLeast(line, MaxLineWords + 1) || WrittenDate.First(line) is not { } found) return null;
        var rest = ClockTime().Replace(line.Remove(found.Start, found.Length), " ");
        return Word().Count(rest) <= MaxOtherWords ? found.Date : null;
    }

    // Whitespace-separated tokens holding a letter or digit: each holds at least one word of Word(), so their count never
    // exceeds the words the full test counts.
    private static bool WordsAtLeast(string line, int count)
    {
        int words = 0;
        bool counted = false; // the current token already counted
        foreach (char c in line)
        {
            if (char.IsWhiteSpace(c)) counted = false;
            else if (!counted && char.IsLetterOrDigit(c))
            {
                counted = true;
                if (++words >= count) return true;
            }
        }
        return false;
    }
}

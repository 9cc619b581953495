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

    public override DateOnly? Read(string line)
    {
        if (WrittenDate.First(line) is not { } found) return null;
        var rest = ClockTime().Replace(line.Remove(found.Start, found.Length), " ");
        return Word().Count(rest) <= MaxOtherWords ? found.Date : null;
    }
}

namespace NewsFigures.Exercises;

/// <summary>
/// Whether a student's answer to one question is right, printed as one line that never holds the answer:
/// <c>check: QUESTION: correct.</c> or <c>check: QUESTION: not yet.</c> (<c>newsfigures run</c> reads these lines).
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record CheckOutcome(string Question, bool Correct)
{
    private const string Prefix = "check: ";
    private const string CorrectEnding = ": correct.";
    private const string NotYetEnding = ": not yet.";

    public override string ToString() => Prefix + Question + (Correct ? CorrectEnding : NotYetEnding);

    /// <summary>Reads a line as <see cref="ToString"/> writes it, or null for any other line.</summary>
    public static CheckOutcome? TryParse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = line.TrimEnd('\r');
        if (!line.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        foreach (var (ending, correct) in new[] { (CorrectEnding, true), (NotYetEnding, false) })
            if (line.EndsWith(ending, StringComparison.Ordinal) && line.Length > Prefix.Length + ending.Length)
                return new CheckOutcome(line[Prefix.Length..^ending.Length], correct);
        return null;
    }
}

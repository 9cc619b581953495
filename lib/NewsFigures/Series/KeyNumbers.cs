using System.Collections;

namespace NewsFigures;

/// <summary>
/// The numbers a briefing opens with: per series, its latest stated value, the period and the outlets that state it.
/// <code>KeyNumbers.Of(compute, users).And(universities)</code>
/// Shows as an HTML table in a notebook (<see cref="ToHtml"/>), and as one line per number in plain text.
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.Html, MimeTypes.PlainText])]
public sealed class KeyNumbers : IReadOnlyList<KeyNumber>
{
    private readonly IReadOnlyList<KeyNumber> numbers;

    private KeyNumbers(IReadOnlyList<KeyNumber> numbers) => this.numbers = numbers;

    /// <summary>The key number of each series, in the order given.</summary>
    /// <exception cref="ArgumentException">A series has no stated point (a key number is never derived).</exception>
    public static KeyNumbers Of(params IEnumerable<Series> series) => new([.. series.Select(KeyNumber.Latest)]);

    /// <summary>These key numbers and that of one more series, after them.</summary>
    public KeyNumbers And(Series series) => new([.. numbers, KeyNumber.Latest(series)]);

    public int Count => numbers.Count;

    public KeyNumber this[int index] => numbers[index];

    public IEnumerator<KeyNumber> GetEnumerator() => numbers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A table: metric, value, period, sources. Same input, same bytes.</summary>
    public string ToHtml() => KeyNumbersHtml.Of(this);

    public override string ToString() => string.Join("\n", numbers);
}

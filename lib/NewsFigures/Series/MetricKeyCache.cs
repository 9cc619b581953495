namespace NewsFigures;

/// <summary>
/// Metric phrases read (<see cref="MetricWords.Read"/>) and keyed (<see cref="MetricKey"/>) once per distinct phrase and
/// unit. Reading a phrase (tokens, singulars, its head) costs far more than looking it up, and one grouping reads the same
/// phrases again and again: every figure's for its topic, every mapping row's against every phrase, every metric's
/// phrases for each way a lookup tries. One cache serves one grouping or lookup and is dropped with it; the keys and
/// readings it hands out are shared, so they must not be changed.
/// </summary>
internal sealed class MetricKeyCache(IReadOnlyCollection<string> scopeWords)
{
    private readonly Dictionary<(string Phrase, string? Unit), MetricWords> _words = [];
    private readonly Dictionary<(string Phrase, string? Unit), MetricKey> _keys = [];

    /// <summary><see cref="MetricWords.Read"/> of the phrase with the unit, read once (topic cues use it too).</summary>
    public MetricWords Words(string phrase, string? unit)
    {
        if (!_words.TryGetValue((phrase, unit), out var words)) _words[(phrase, unit)] = words = MetricWords.Read(phrase, unit);
        return words;
    }

    public MetricKey Of(string phrase, string? unit)
    {
        if (!_keys.TryGetValue((phrase, unit), out var key)) _keys[(phrase, unit)] = key = MetricKey.Of(Words(phrase, unit), scopeWords);
        return key;
    }
}

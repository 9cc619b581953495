namespace NewsFigures;

/// <summary>
/// What the extractor remembers of one text while it reads it, for phrases that refer back: the metrics that came
/// from a clause's subject (the salient ones: "China's generative AI user base hit 515 million") with the subject's name
/// when it is one ("Saudi Aramco pumped 9 million barrels a day"), and the sentence
/// before the current one when both are in the same paragraph ("... unveiled the Global AI Governance Action Plan.
/// This 13-point roadmap ...").
/// </summary>
internal sealed class Discourse(string text)
{
    private readonly List<(string Metric, string? Unit, string? Name)> _subjectMetrics = [];
    private List<Token>? _tokens;
    private int _previousFirst = -1, _previousEnd = -1;

    public string Text { get; } = text;

    public void RememberSubjectMetric(string metric, string? unit, string? name) => _subjectMetrics.Add((metric, unit, name));

    /// <summary>The metric of the latest figure read, whatever rule named it ("This is up from 38 percent" speaks of it).</summary>
    public string? LastFigureMetric { get; private set; }

    public void RememberFigureMetric(string metric) => LastFigureMetric = metric.Length > 0 ? metric : LastFigureMetric;

    /// <summary>The latest metric taken from a clause subject whose figure has this unit, or null.</summary>
    public string? LastSubjectMetric(string? unit)
    {
        for (int i = _subjectMetrics.Count - 1; i >= 0; i--)
            if (_subjectMetrics[i].Unit == unit) return _subjectMetrics[i].Metric;
        return null;
    }

    /// <summary>The latest subject that was a name ("Saudi Aramco"), or null.</summary>
    public string? LastSubjectName()
    {
        for (int i = _subjectMetrics.Count - 1; i >= 0; i--)
            if (_subjectMetrics[i].Name is { } name) return name;
        return null;
    }

    /// <summary>The latest metric taken from a clause subject, whatever its unit, or null.</summary>
    public string? LastSubjectMetric() => _subjectMetrics.Count > 0 ? _subjectMetrics[^1].Metric : null;

    /// <summary>A new paragraph's tokens: the sentence before is no longer at hand.</summary>
    public void StartParagraph(List<Token> tokens) => (_tokens, _previousFirst, _previousEnd) = (tokens, -1, -1);

    public void SentenceRead(Range sentence) => (_previousFirst, _previousEnd) = (sentence.Start.Value, sentence.End.Value);

    /// <summary>The sentence before the current one, in the same paragraph, or null.</summary>
    public SentenceTokens? PreviousSentence() =>
        _tokens is null || _previousFirst < 0 ? null : new SentenceTokens(Text, _tokens, _previousFirst, _previousEnd);
}

namespace CorpusGen;

/// <summary>One generated file: a headline line, an optional "By ..." line, paragraphs separated by blank lines.</summary>
internal sealed record GeneratedArticle(string Headline, string? Byline, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The file's text, laid out as a web article is saved: blank lines between the head lines and paragraphs.</summary>
    public string ToText()
    {
        var lines = new List<string> { Headline };
        if (Byline is not null) lines.Add($"By {Byline}");
        lines.AddRange(Paragraphs);
        return string.Join("\n\n", lines) + "\n";
    }
}

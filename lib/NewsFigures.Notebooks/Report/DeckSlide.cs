using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsFigures.Notebooks.Report;

/// <summary>
/// One section of a notebook as a slide: its <c>##</c> heading, the takeaway that titles it, its narrative markdown
/// (the speaker notes) and the output it shows large.
/// </summary>
internal sealed record DeckSlide(string Heading, string Takeaway, string Narrative, DeckVisual? Visual);

/// <summary>The chart, table or image a slide shows: an output and where it sits (cell and output, counted from 1,
/// as the page names its images).</summary>
internal sealed partial record DeckVisual(CellOutput Output, int Cell, int Index)
{
    /// <summary>The output's text summary (its text/plain), which every chart of this project carries.</summary>
    public string? Summary => Output.Data?["text/plain"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0 ? text.Trim() : null;

    /// <summary>The summary's "Source: ..." sentence to print under the visual; null when there is none or when the
    /// plotly chart draws it already (as an annotation, wrapped with &lt;br&gt;).</summary>
    public string? SourceLine
    {
        get
        {
            if (Summary is not { } summary || SourceSentence().Match(summary) is not { Success: true } match) return null;
            var start = match.Value[..Math.Min(40, match.Value.Length)];
            var annotations = (Output.Data?[OutputHtml.PlotlyMime]?["layout"]?["annotations"] as JsonArray ?? []).OfType<JsonObject>();
            var drawn = annotations.Any(a => a["text"] is JsonValue t && t.TryGetValue<string>(out var text)
                && text.Replace("<br>", " ", StringComparison.Ordinal).Contains(start, StringComparison.Ordinal));
            return drawn ? null : match.Value;
        }
    }

    [GeneratedRegex(@"Source: .+?[.!?](?=\s|$)", RegexOptions.Singleline)]
    private static partial Regex SourceSentence();
}

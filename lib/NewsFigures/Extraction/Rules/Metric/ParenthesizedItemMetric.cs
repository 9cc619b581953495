namespace NewsFigures;

/// <summary>"Ridership rose in these cities: Minneapolis (14.5%); Dallas (7.5%)": a figure in brackets after a name, in a list
/// under a heading that ends with a colon, measures the heading's subject in that name (ridership in Dallas); with no such
/// heading ("increases by some large bus agencies: Minneapolis (14.5%); Dallas (7.5%)"), what the item before's figure
/// measures, with this item's name in place of that one's.</summary>
internal sealed class ParenthesizedItemMetric : IMetricRule
{
    private const int MaxLabelTokens = 8;

    public string Name => "metric.parenthesized-item";

    public MetricProposal? Propose(MetricQuery x)
    {
        var s = x.S;
        if (Label(s, x.C) is not { } label) return null;
        string own = s.Join(label.First, label.End);
        if (ListHeading.ColonBefore(s, label.First) >= 0 && (x.Sentence.HeadingMeasure ?? ListHeading.MeasureInSentence(s, label.First)) is { } measure)
            return MetricProposal.Phrase(InItem(s, label, measure));
        // the item before: the nearest figure before that opens its own brackets ("China ($494 million" after "Mexico ($555
        // million, up 4 percent)")
        (FigureDraft Figure, (int First, int End) Label)? item = null;
        int previousOpen = (s.IsPunct(label.First - 1, ',') || s.Is(label.First - 1, "and")) && s.IsPunct(label.First - 2, ')')
            ? Clauses.OpeningParenthesis(s, label.First - 2) : -1;
        for (int f = x.Index - 1; f >= 0 && item is null && (f == x.Index - 1 || previousOpen >= 0 && x.Figures[f].TextFirst > previousOpen); f--)
            if (Label(s, x.Figures[f]) is { } found) item = (x.Figures[f], found);
        if (item is not { Figure: var before, Label: var beforeLabel })
        {
            // "Jio has a 40.1 per cent market share, followed by Airtel (28.4 per cent)", "The US accounted for 39 percent of
            // inflows. It was followed by Canada (11 percent)": what the figure before measured, in this name
            if (IsFollowedBy(s, label.First - 1))
                return (x.Index > 0 ? x.Figures[x.Index - 1].Metric : x.Discourse.LastFigureMetric) is { Length: > 0 } last
                    && InPlaceOfName(last, own) is { } followed ? MetricProposal.Phrase(followed) : null;
            return OpensList(s, x, label) && x.AmountSubject.Length > 0 && !x.AmountSubject.Contains(own, StringComparison.Ordinal)
                ? MetricProposal.Phrase(InItem(s, label, x.AmountSubject)) : null;
        }
        string named = s.Join(beforeLabel.First, beforeLabel.End);
        int at = before.Metric.IndexOf(named, StringComparison.Ordinal);
        return at < 0 ? null : MetricProposal.Phrase(InItem(s, label, before.Metric[..at].TrimEnd()) + before.Metric[(at + named.Length)..]);
    }

    // "highest average house price" in "London": "... in London"; "is in London (£363,802) and the lowest in the North East
    // (£99,163)": a label that opens with its own preposition keeps it, one that opens with another superlative puts it in
    // place of the measure's ("lowest average house price in the North East")
    private static string InItem(SentenceTokens s, (int First, int End) label, string measure)
    {
        int first = label.First;
        string? superlative = null;
        if (s.IsLower(first) && s.Span(first) is { Length: > 4 } w && w.EndsWith("est") && measure.Split(' ')[0] is { Length: > 4 } m && m.EndsWith("est"))
        {
            superlative = w.ToString();
            first++;
        }
        string rest = s.Join(first, label.End);
        if (measure.Length == 0) return rest;
        if (superlative is not null && measure.IndexOf(' ') is > 0 and var space) measure = superlative + measure[space..];
        bool placed = s.Has(first, WordClass.Preposition) && s.IsLower(first) || (Lexicon.Classify(measure.AsSpan(measure.LastIndexOf(' ') + 1)) & WordClass.Preposition) != 0;
        return placed ? $"{measure} {rest}" : $"{measure} in {rest}";
    }

    // the name right before the figure's "(": back to a semicolon, a colon, a bracket or "and" (commas stay: "San Antonio,
    // Texas"), holding a capitalized word
    private static (int First, int End)? Label(SentenceTokens s, FigureDraft figure)
    {
        int open = figure.TextFirst - 1;
        // "Asia Pacific (43.4 million tonnes, +5.4%)": the first figure in the brackets
        if (!s.IsPunct(open, '(') || !(s.IsPunct(figure.ExtentLast + 1, ')') || s.IsPunct(figure.ExtentLast + 1, ',')) || !s.IsWord(open - 1)) return null;
        int first = open;
        while (first - 1 >= s.First && open - first < MaxLabelTokens && (s.IsWord(first - 1) || s.IsPunct(first - 1, ','))
               && !(s.Is(first - 1, "and") && s.IsLower(first - 1)) && !s.IsDigits(first - 1) && !IsListOpener(s, first - 1))
            first--;
        while (first < open && !s.IsWord(first)) first++;
        // ", China ($494 million, down 6 percent)": a comma after the item before's bracket separates too; "were Mexico (",
        // "came from Germany (": a verb or "from" before the list's first item
        bool separated = first == s.First || s.IsPunct(first - 1, ';') || s.IsPunct(first - 1, ':') || s.IsPunct(first - 1, ')') || s.Is(first - 1, "and")
            || s.IsPunct(first - 1, ',') && s.IsPunct(first - 2, ')') || IsListOpener(s, first - 1);
        if (!separated) return null;
        while (first < open && s.IsLower(first) && s.Has(first, WordClass.Determiner)) first++; // metrics drop "the"
        for (int k = first; k < open; k++) if (s.IsCapitalized(k)) return (first, open);
        return null;
    }

    private static bool IsListOpener(SentenceTokens s, int k) =>
        s.IsLower(k) && s.Span(k) is "were" or "are" or "was" or "is" or "from" or "including" or "include" or "included" or "with" or "as"
        || IsFollowedBy(s, k);

    // "It was followed by Canada (11 percent)"
    private static bool IsFollowedBy(SentenceTokens s, int k) => s.Is(k, "by") && s.Is(k - 1, "followed");

    // "US share of inflows" with "Canada": the metric with its name (the last run of capitalized words, else its capitalized
    // first word: the leader a list "followed by" names) replaced; null when it names no one
    private static string? InPlaceOfName(string metric, string name)
    {
        var words = metric.Split(' ');
        int first = -1, end = -1;
        for (int i = words.Length - 1; i >= 1 && first < 0; i--)
            if (char.IsUpper(words[i][0]))
            {
                end = i + 1;
                first = i;
                while (first > 0 && char.IsUpper(words[first - 1][0])) first--; // "Star Health premium collections"
            }
        if (first < 0 && char.IsUpper(words[0][0])) (first, end) = (0, 1); // "Jio market share"
        if (first < 0) return null;
        return string.Join(' ', words[..first].Append(name).Concat(words[end..]));
    }

    // "Other top 10 national markets were Mexico ($555 million, up 4 percent), China ($494 million, ...)": the first item of a
    // list whose next item is labelled alike measures the subject in that name
    private static bool OpensList(SentenceTokens s, MetricQuery x, (int First, int End) label)
    {
        if (!IsListOpener(s, label.First - 1)) return false;
        for (int f = x.Index + 1; f < x.Figures.Count; f++)
            if (Label(s, x.Figures[f]) is not null) return true;
        return false;
    }
}

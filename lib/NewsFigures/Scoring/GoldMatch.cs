namespace NewsFigures;

/// <summary>A gold figure and the figure found for it (same file, overlapping span, value within 0.5 %).</summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record GoldMatch(GoldFigure Gold, CorpusFigure Found)
{
    public bool Agrees(FigureField field)
    {
        var found = Found.Figure;
        return field switch
        {
            FigureField.Unit => string.Equals(Gold.Unit, found.Unit, StringComparison.OrdinalIgnoreCase),
            FigureField.Kind => string.Equals(Gold.Kind, found.Kind.ToString(), StringComparison.OrdinalIgnoreCase),
            FigureField.Metric => PhraseAgreement.HoldsHalf(Gold.Metric, found.Metric),
            FigureField.MetricStrict => PhraseAgreement.AgreesStrictly(Gold.Metric, found.Metric),
            FigureField.Period => PeriodForm.Normal(Gold.Period) == PeriodForm.Normal(found.Period),
            FigureField.Attribution => Gold.Attribution is null
                ? found.Attribution is null
                : found.Attribution is not null && PhraseAgreement.NamesSameSource(Gold.Attribution, found.Attribution),
            FigureField.Qualifier => string.Equals(Gold.Qualifier, found.Qualifier, StringComparison.OrdinalIgnoreCase),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    /// <summary>"\"12 percent\" in a.txt: agrees" or "\"12 percent\" in a.txt: metric [sales] vs [car sales]".</summary>
    public override string ToString() => $"\"{Gold.Text}\" in {Gold.File}: {(Disagreement is { Length: > 0 } wrong ? wrong : "agrees")}";

    /// <summary>Every <see cref="Disagreements"/> in one line, "; " between; empty when the match agrees on every field.</summary>
    public string Disagreement => string.Join("; ", Disagreements());

    /// <summary>"metric [sales] vs [annual sales of cars] (by metric.counted-noun)": what the found figure has against the
    /// gold, per field that disagrees, with the rule that decided the field when one did.</summary>
    public IEnumerable<string> Disagreements()
    {
        var found = Found.Figure;
        if (!Agrees(FigureField.Unit)) yield return $"unit {found.Unit ?? "-"} vs {Gold.Unit ?? "-"}";
        if (!Agrees(FigureField.Kind)) yield return By(FigureField.Kind, $"kind {found.Kind.ToString().ToLowerInvariant()} vs {Gold.Kind}");
        if (!Agrees(FigureField.Metric)) yield return By(FigureField.Metric, $"metric [{found.Metric}] vs [{Gold.Metric}]");
        else if (!Agrees(FigureField.MetricStrict))
            yield return By(FigureField.Metric, $"metric head {PhraseAgreement.Head(found.Metric)} vs {PhraseAgreement.Head(Gold.Metric)}");
        if (!Agrees(FigureField.Period)) yield return By(FigureField.Period, $"period {found.Period ?? "-"} vs {Gold.Period ?? "-"}");
        if (!Agrees(FigureField.Attribution))
            yield return By(FigureField.Attribution, $"attribution [{found.Attribution ?? "-"}] vs [{Gold.Attribution ?? "-"}]");
        if (!Agrees(FigureField.Qualifier)) yield return $"qualifier {found.Qualifier ?? "-"} vs {Gold.Qualifier ?? "-"}";
    }

    private string By(FigureField field, string disagreement) =>
        Found.Figure.Rules?.Of(field) is { } rule ? $"{disagreement} (by {rule})" : disagreement;
}

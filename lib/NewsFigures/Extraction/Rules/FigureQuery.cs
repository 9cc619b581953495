namespace NewsFigures;

/// <summary>One figure of a sentence put to a period or kind rule: the figures before it are decided for the field, the
/// ones after it not yet.</summary>
/// <param name="HasFuturePeriod">For the kind rules: the period just decided for the figure lies after the article date.</param>
internal readonly record struct FigureQuery(SentenceReading Sentence, IReadOnlyList<FigureDraft> Figures, int Index, bool HasFuturePeriod = false)
{
    public FigureDraft Figure => Figures[Index];
    public SentenceTokens S => Sentence.Tokens;
    public int ClauseStart => Sentence.ClauseOf(Index).Start;
    public int ClauseEnd => Sentence.ClauseOf(Index).End;
}

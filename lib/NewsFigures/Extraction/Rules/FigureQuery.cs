namespace NewsFigures;

/// <summary>One figure of a sentence put to a period or kind rule: the figures before it are decided for the field, the
/// ones after it not yet.</summary>
internal readonly record struct FigureQuery(SentenceReading Sentence, IReadOnlyList<FigureDraft> Figures, int Index)
{
    public FigureDraft Figure => Figures[Index];
    public SentenceTokens S => Sentence.Tokens;
    public int ClauseStart => Sentence.ClauseOf(Index).Start;
    public int ClauseEnd => Sentence.ClauseOf(Index).End;
}

namespace NewsFigures;

internal enum TokenKind : byte { Word, Digits, Punct, Symbol, Url }

/// <summary>One token of a text: its span, kind, the lexicon classes of its word, and how it touches its neighbour.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, WordClass Class, bool SpaceBefore, bool LineBreakBefore)
{
    public int End => Start + Length;
}

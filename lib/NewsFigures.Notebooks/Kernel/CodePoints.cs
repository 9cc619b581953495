namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// Cursor positions in the protocol (5.2 on) count Unicode code points; .NET strings count UTF-16 units. They differ
/// after any character outside the Basic Multilingual Plane (an emoji, 𝑥).
/// </summary>
internal static class CodePoints
{
    /// <summary>The UTF-16 index of the position <paramref name="codePoints"/> code points into <paramref name="text"/>, clamped to its length.</summary>
    public static int ToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var seen = 0; index < text.Length && seen < codePoints; seen++)
            index += char.IsSurrogatePair(text, index) ? 2 : 1;
        return index;
    }

    /// <summary>How many code points come before UTF-16 index <paramref name="index"/>.</summary>
    public static int FromUtf16(string text, int index)
    {
        var count = 0;
        for (var i = 0; i < index && i < text.Length; count++)
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        return count;
    }
}

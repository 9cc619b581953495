using System.Text.RegularExpressions;

namespace NewsFigures;

/// <summary>
/// Cleans one content line: markdown heading marks and emphasis asterisks go, whitespace collapses,
/// and a hyphen left dangling before a space inside a compound ("cutting- edge") is closed up.
/// Genuine dashes ("AI - if", "— more") are spaced on both sides and stay.
/// </summary>
internal static partial class LineNormalizer
{
    [GeneratedRegex(@"^(?<marks>#{1,6})\s+")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"^\*{2,3}[^*]+\*{2,3}$")]
    private static partial Regex WhollyBold();

    /// <summary>An emphasis pair: opening asterisks before a non-space, closing asterisks after one.</summary>
    [GeneratedRegex(@"(?<open>\*{1,3})(?=[^\s*])[^*\n]*?(?<=[^\s*])(?<close>\*{1,3})")]
    private static partial Regex EmphasisPair();

    /// <summary>Hyphen glued to the word before, spaces, then a word that is not a conjunction ("20- to 30-year" stays).</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}])-(?<gap>[ \u00A0]+)(?=[\p{L}\p{N}])(?!(?:and|or|to|nor|but|through|versus|vs)\b)")]
    private static partial Regex OpenCompound();

    public static TextUnit Normalize(string raw, RawLine line)
    {
        var text = MappedString.FromRaw(line.Text, line.Start); // the line's own string: not cut out of the file twice
        int level = 0;
        var heading = HeadingMarks().Match(text.Text);
        if (heading.Success)
        {
            level = heading.Groups["marks"].Length;
            text = text.Slice(heading.Length, text.Length);
        }
        bool boldOnly = WhollyBold().IsMatch(text.Text.AsSpan().Trim());

        text = Drop(text, EmphasisPair().Matches(text.Text).SelectMany(m => new[] { m.Groups["open"], m.Groups["close"] }));
        text = text.CollapseWhitespace();
        text = Drop(text, OpenCompound().Matches(text.Text).Select(m => m.Groups["gap"]));
        text = Trim(text);
        return new TextUnit(text, line.Index, line.Index, line.End, level, boldOnly);
    }

    private static MappedString Drop(MappedString text, IEnumerable<Group> groups)
    {
        var drop = new bool[text.Length];
        bool any = false;
        foreach (var g in groups)
            for (int i = g.Index; i < g.Index + g.Length; i++) drop[i] = any = true;
        return any ? text.Without(drop) : text;
    }

    private static MappedString Trim(MappedString text)
    {
        int s = 0, e = text.Length;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return s == 0 && e == text.Length ? text : text.Slice(s, e);
    }
}

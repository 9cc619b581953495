namespace NewsFigures;

/// <summary>Gives every raw line its role: content, caption, or furniture.</summary>
internal static class LineClassifier
{
    /// <summary>Fewest consecutive short bulleted lines that make a navigation menu.</summary>
    private const int MinMenuRun = 3;

    public static LineRole[] Classify(IReadOnlyList<RawLine> lines)
    {
        var roles = new LineRole[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0) roles[i] = LineRole.Blank;
            else if (CaptionRules.IsCaptionLabel(text, out bool inline)) roles[i] = inline ? LineRole.Caption : LineRole.CaptionLabel;
            else if (i > 0 && PreviousNonBlank(roles, i) == LineRole.CaptionLabel) roles[i] = LineRole.Caption;
            else if (CaptionRules.EndsWithPhotoCredit(text)) roles[i] = LineRole.Caption;
            else if (FurnitureRules.IsFurniture(text)) roles[i] = LineRole.Boilerplate;
            else roles[i] = LineRole.Content;
        }
        MarkMenus(lines, roles);
        return roles;
    }

    private static LineRole PreviousNonBlank(LineRole[] roles, int i)
    {
        for (int j = i - 1; j >= 0; j--)
            if (roles[j] != LineRole.Blank) return roles[j];
        return LineRole.Blank;
    }

    /// <summary>A run of short bulleted entries (blank lines allowed between) is a menu, not a list in the story.</summary>
    private static void MarkMenus(IReadOnlyList<RawLine> lines, LineRole[] roles)
    {
        int i = 0;
        while (i < lines.Count)
        {
            if (roles[i] != LineRole.Content || !FurnitureRules.IsMenuItem(lines[i].Text)) { i++; continue; }
            var run = new List<int>();
            int j = i;
            while (j < lines.Count && (roles[j] == LineRole.Blank || (roles[j] == LineRole.Content && FurnitureRules.IsMenuItem(lines[j].Text))))
            {
                if (roles[j] == LineRole.Content) run.Add(j);
                j++;
            }
            if (run.Count >= MinMenuRun)
                foreach (int k in run) roles[k] = LineRole.Boilerplate;
            i = j;
        }
    }
}

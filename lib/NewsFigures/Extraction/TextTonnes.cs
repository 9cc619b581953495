namespace NewsFigures;

/// <summary>
/// "2.76 million tons" in a text that also writes "metric tons" (or "tonnes") is in metric tonnes: the text has said which
/// ton it means. A text that writes only "tons" (US steel output) keeps the short ton.
/// </summary>
internal static class TextTonnes
{
    public static void Apply(List<Figure> figures, string text)
    {
        if (!figures.Exists(f => f.Unit == "ton") || !SaysMetric(text)) return;
        for (int i = 0; i < figures.Count; i++)
            if (figures[i].Unit == "ton") figures[i] = figures[i] with { Unit = "tonne" };
    }

    private static bool SaysMetric(string text) =>
        text.Contains("metric ton", StringComparison.OrdinalIgnoreCase) || text.Contains("tonnes", StringComparison.OrdinalIgnoreCase);
}

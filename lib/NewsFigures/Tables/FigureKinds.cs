namespace NewsFigures;

/// <summary>The lower-case names kinds have in every export ("level", "change", ...), and back.</summary>
internal static class FigureKinds
{
    public static string Name(FigureKind kind) => kind switch
    {
        FigureKind.Level => "level",
        FigureKind.Change => "change",
        FigureKind.Share => "share",
        FigureKind.Multiple => "multiple",
        FigureKind.Rank => "rank",
        FigureKind.Forecast => "forecast",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads a kind name, ignoring case; false for anything else.</summary>
    public static bool TryParse(string? name, out FigureKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _);

    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<FigureKind>().Select(Name).ToArray();
}

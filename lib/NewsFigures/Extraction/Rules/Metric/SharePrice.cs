namespace NewsFigures;

/// <summary>
/// "Microsoft shares rose 15 cents", "Company shares fell nearly 6 percent in late trading", "Shares of Acacia jumped 31.5%":
/// a change or an amount of a company's shares is of their price, and the metric says so ("Microsoft share price",
/// "Company share price in late trading"), whatever rule decided it; so is a change of a bare name beside them ("Shares of
/// Acacia jumped 31.5%, while Cisco slipped 0.5%"). Not a count of shares, nor a share of them ("30% of the shares").
/// </summary>
internal static class SharePrice
{
    private const int MaxNameWords = 4;

    public static string Apply(SentenceTokens s, FigureDraft c, FigureKind kind, string metric)
    {
        if (c.Unit.Class is not (UnitClass.Currency or UnitClass.Percent) || kind is not (FigureKind.Change or FigureKind.Level)) return metric;
        if ((Owner(metric) ?? NameBesideShares(s, metric, kind)) is not { } owner) return metric;
        string price = owner.Length > 0 ? owner + " share price" : "share price";
        return TradingSession(s) is { } session ? price + " " + session : price;
    }

    // "Microsoft shares", "shares", "Shares of Acacia": the capitalized name the shares are of ("" for none), or null
    private static string? Owner(string metric)
    {
        var words = metric.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        if (words[^1] is "shares" or "Shares" && words.Length <= MaxNameWords + 1 && AllNames(words.AsSpan(0, words.Length - 1)))
            return string.Join(' ', words[..^1]);
        if (words[0] is "Shares" or "shares" && words.Length is > 2 and <= MaxNameWords + 2 && words[1] == "of" && AllNames(words.AsSpan(2)))
            return string.Join(' ', words[2..]);
        return null;
    }

    // "Shares of Acacia jumped 31.5%, while Cisco slipped 0.5%": a change of a bare name in a sentence about shares is of
    // that name's share price
    private static string? NameBesideShares(SentenceTokens s, string metric, FigureKind kind)
    {
        var words = metric.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (kind != FigureKind.Change || words.Length is 0 or > MaxNameWords || !AllNames(words)) return null;
        return MetricReader.HasWord(s, s.First, s.End, "shares") ? metric : null;
    }

    private static bool AllNames(ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (!char.IsUpper(w[0])) return false;
        return true;
    }

    // "in late trading", "in after-hours trading": the session the price moved in
    private static string? TradingSession(SentenceTokens s)
    {
        for (int k = s.First + 2; k < s.End; k++)
        {
            if (!s.Is(k, "trading")) continue;
            int first = s.Is(k - 1, "hours") && s.IsPunct(k - 2, '-') && s.Is(k - 3, "after") ? k - 3
                : s.Span(k - 1) is "late" or "early" or "afternoon" or "morning" or "extended" or "premarket" or "midday" or "regular" ? k - 1 : -1;
            if (first > s.First && s.Is(first - 1, "in")) return "in " + s.Join(first, k + 1);
        }
        return null;
    }
}

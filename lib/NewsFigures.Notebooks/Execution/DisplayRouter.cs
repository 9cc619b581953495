using Microsoft.DotNet.Interactive.Formatting;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Receives what .NET Interactive's Formatting library displays — <c>display(x)</c>, <c>x.Display()</c>,
/// <c>DisplayTable()</c>, and <c>DisplayedValue.Update(...)</c> — and hands it to the running cell, the way .NET
/// Interactive's kernel does. Subscribed once per process; displays outside any cell are dropped.
/// </summary>
internal static class DisplayRouter
{
    private static readonly Lazy<IDisposable> Subscription = new(() => Formatter.SubscribeToDisplayedValues(Route));

    public static void Install() => _ = Subscription.Value;

    /// <summary>Shows a value in the running cell (as Formatting's own display event would).</summary>
    public static void Show(DisplayedValue displayed)
    {
        Install();
        Route(displayed);
    }

    private static void Route(DisplayedValue displayed)
    {
        if (CellScope.Current is not { } cell) return;
        var bundle = MimeBundles.From(displayed.Value, displayed.FormattedValues);
        if (displayed.IsUpdated) cell.Outputs.Update(displayed.DisplayId, bundle);
        else cell.Outputs.Display(bundle, displayed.DisplayId);
    }
}

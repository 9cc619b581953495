namespace NewsFigures.Notebooks.Execution;

/// <summary>The globals a notebook's C# sees: display(...) as in Polyglot Notebooks, and the cell's cancellation token.</summary>
public sealed class NotebookGlobals
{
    private readonly Func<OutputCollector> currentOutputs;
    private readonly Func<CancellationToken> currentToken;

    internal NotebookGlobals(Func<OutputCollector> currentOutputs, Func<CancellationToken> currentToken)
    {
        this.currentOutputs = currentOutputs;
        this.currentToken = currentToken;
    }

    /// <summary>Cancelled when the cell times out; long loops can watch it.</summary>
    public CancellationToken CancellationToken => currentToken();

    /// <summary>Shows a value as a display_data output, formatted like a cell's final value.</summary>
#pragma warning disable IDE1006 // Polyglot's name for it is lower case.
    public void display(object? value) => currentOutputs().Display(value);
#pragma warning restore IDE1006
}

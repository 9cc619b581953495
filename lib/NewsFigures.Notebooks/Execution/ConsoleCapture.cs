using System.Text;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Sends Console.Out and Console.Error into the outputs of the cell that writes. Console is process-global, so it is
/// replaced once by a writer that routes each write by an AsyncLocal: the cell's thread, and any task or thread it
/// starts, carry their cell's collector, so notebooks running side by side never wait for each other or mix output.
/// Writes from outside any cell go to the writers Console had before.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly AsyncLocal<OutputCollector?> Current = new();
    private static readonly Lock InstallGate = new();

    /// <summary>Routes this execution context's Console writes to <paramref name="collector"/> until disposed.</summary>
    public static IDisposable Begin(OutputCollector collector)
    {
        Install();
        var previous = Current.Value;
        Current.Value = collector;
        return new Restore(() => Current.Value = previous);
    }

    // Installed again if someone (a test host, a cell) has replaced Console's writers since.
    private static void Install()
    {
        lock (InstallGate)
        {
            if (Console.Out is not RoutingWriter) Console.SetOut(new RoutingWriter("stdout", Console.Out));
            if (Console.Error is not RoutingWriter) Console.SetError(new RoutingWriter("stderr", Console.Error));
        }
    }

    private sealed class RoutingWriter(string stream, TextWriter outside) : TextWriter
    {
        public override Encoding Encoding => outside.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (Current.Value is { } collector) collector.Write(stream, value);
            else lock (outside) outside.Write(value);
        }

        public override void Flush()
        {
            if (Current.Value is null) lock (outside) outside.Flush();
        }
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        private int done;
        public void Dispose() { if (Interlocked.Exchange(ref done, 1) == 0) restore(); }
    }
}

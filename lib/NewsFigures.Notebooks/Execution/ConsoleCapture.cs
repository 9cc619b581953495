using System.Text;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Sends Console.Out and Console.Error into the outputs of the cell that writes (<see cref="CellScope"/>). Console is
/// process-global, so it is replaced once by writers that route each write; writes from outside any cell go to the
/// writers Console had before.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly Lock InstallGate = new();

    /// <summary>Installed again if someone (a test host, a cell) has replaced Console's writers since.</summary>
    public static void Install()
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
            if (CellScope.Current is { } cell) cell.Outputs.Write(stream, value);
            else lock (outside) outside.Write(value);
        }

        public override void Flush()
        {
            if (CellScope.Current is null) lock (outside) outside.Flush();
        }
    }
}

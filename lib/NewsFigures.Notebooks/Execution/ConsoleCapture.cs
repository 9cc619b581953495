using System.Text;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Sends Console.Out and Console.Error into the outputs of the cell that writes (<see cref="CellScope"/>), and reads
/// Console.In from the cell's host (a Jupyter front end answers an input request; the batch runner has no one to ask,
/// so a read gets end of input). Console is process-global, so it is replaced once by a reader and writers that route
/// by cell; outside any cell they use what Console had before.
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
            if (Console.In is not RoutingReader) Console.SetIn(new RoutingReader(Console.In));
        }
    }

    private sealed class RoutingReader(TextReader outside) : TextReader
    {
        private string pending = "";

        public override string? ReadLine()
        {
            if (CellScope.Current is not { } cell) return outside.ReadLine();
            if (pending.Length > 0) return Take(pending.Length).TrimEnd('\n');
            return cell.Events?.Input("", password: false);
        }

        public override int Read()
        {
            if (CellScope.Current is not { } cell) return outside.Read();
            if (pending.Length == 0 && cell.Events?.Input("", password: false) is { } line) pending = line + "\n";
            return pending.Length == 0 ? -1 : Take(1)[0];
        }

        public override int Peek() => CellScope.Current is null ? outside.Peek() : pending.Length == 0 ? -1 : pending[0];

        private string Take(int count)
        {
            var taken = pending[..count];
            pending = pending[count..];
            return taken;
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

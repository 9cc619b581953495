using System.CommandLine;
using NewsFigures.Cli.Notebooks;
using NewsFigures.Jupyter;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Commands;

/// <summary>
/// <c>kernel start &lt;connection_file&gt;</c>: the C# Jupyter kernel, as a kernelspec starts it (notebooks get the
/// project's libraries, as under <c>run</c>).
/// </summary>
internal static class KernelCommand
{
    public static Command Create() => new("kernel", "The C# Jupyter kernel: run it for a Jupyter client.")
    {
        Start(),
    };

    private static Command Start()
    {
        var file = new Argument<string>("connection_file") { Description = "The connection file a Jupyter client wrote (ports, key)." };
        var command = new Command("start", "Serve a Jupyter connection file until the client shuts the kernel down.") { file };
        command.SetAction((result, cancellation) => CommandFailure.GuardAsync(result, async () =>
        {
            // Cells own Console.Out and Console.Error while they run: the kernel's log goes to the process's stderr itself.
            var stderr = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
            void Log(string line)
            {
                lock (stderr) stderr.WriteLine($"[newsfigures kernel] {line}");
            }
            // Started by jupyter_client (it names itself in JPY_PARENT_PID): it restarts kernels as new processes, and a
            // kernel whose client died exits. Started otherwise (our launcher): a restart is a fresh session in this process.
            var parent = ParentProcess.FromEnvironment();
            var options = new CSharpKernelOptions
            {
                Run = NotebookSetup.RunOptions(new Dictionary<string, string>(), Timeout.InfiniteTimeSpan, allowErrors: true, progress: null),
                RestartInProcess = parent is null,
                ParentProcessId = parent,
                Log = Log,
            };
            try
            {
                await CSharpKernel.RunAsync(result.GetValue(file)!, options, cancellation);
            }
            catch (Exception e) when (e is IOException or NotSupportedException && e is not FileNotFoundException)
            {
                return CommandFailure.Report(result, $"{result.GetValue(file)}: {e.Message}");
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
            }
            return 0;
        }));
        return command;
    }
}

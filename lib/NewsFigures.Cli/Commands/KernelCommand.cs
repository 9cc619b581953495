using System.CommandLine;
using NewsFigures.Cli.Kernel;
using NewsFigures.Cli.Notebooks;
using NewsFigures.Jupyter;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Commands;

/// <summary>
/// <c>kernel start &lt;connection_file&gt;</c>: the C# Jupyter kernel, as a kernelspec starts it (notebooks get the
/// project's libraries, as under <c>run</c>). <c>kernel install [--user | --sys-prefix | --prefix DIR] [--name NAME]</c>:
/// the kernelspec where Jupyter looks. <c>kernel list</c>: the kernelspecs Jupyter finds.
/// </summary>
internal static class KernelCommand
{
    public static Command Create() => new("kernel", "The C# Jupyter kernel: install it for Jupyter, list kernels, run it for a client.")
    {
        Start(), Install(), List(),
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
            // Started by jupyter_client (it names itself in JPY_PARENT_PID): it restarts kernels as new processes. Started
            // otherwise (our launcher names itself too): a restart is a fresh session in this process. Either way, a kernel
            // whose client died without shutting it down exits.
            var jupyter = ParentProcess.FromEnvironment();
            var options = new CSharpKernelOptions
            {
                Run = NotebookSetup.RunOptions(new Dictionary<string, string>(), Timeout.InfiniteTimeSpan, allowErrors: true, progress: null),
                RestartInProcess = jupyter is null,
                ParentProcessId = jupyter ?? ParentProcess.FromEnvironment(ParentProcess.LauncherVariable),
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

    private static Command Install()
    {
        var user = new Option<bool>("--user") { Description = "Into the user's Jupyter data folder (~/.local/share/jupyter); the default." };
        var sysPrefix = new Option<bool>("--sys-prefix") { Description = "Into the Python environment Jupyter runs in (sys.prefix/share/jupyter)." };
        var prefix = new Option<string?>("--prefix") { Description = "Into DIR/share/jupyter (point JUPYTER_PATH at DIR/share/jupyter)." };
        var name = new Option<string>("--name")
        {
            Description = "The kernelspec's name (a notebook's kernelspec.name).", DefaultValueFactory = _ => KernelInstaller.DefaultName,
        };
        var command = new Command("install", "Write the kernelspec (kernel.json, logos) where Jupyter, VS Code and JupyterLab find kernels.")
        {
            user, sysPrefix, prefix, name,
        };
        command.SetAction(result => CommandFailure.Guard(result, () =>
        {
            var chosen = new[] { result.GetValue(user), result.GetValue(sysPrefix), result.GetValue(prefix) is not null }.Count(c => c);
            if (chosen > 1) throw new UsageException("give one of --user, --sys-prefix and --prefix.");
            var kernels = result.GetValue(prefix) is { } folder ? KernelLocation.Prefix(folder)
                : result.GetValue(sysPrefix) ? KernelLocation.SysPrefix() is { } python ? KernelLocation.Prefix(python)
                    : throw new UsageException("--sys-prefix: no Python found to ask for sys.prefix (is Jupyter installed?).")
                : KernelLocation.User();
            try
            {
                var installed = KernelInstaller.Install(kernels, result.GetValue(name)!);
                result.InvocationConfiguration.Output.WriteLine($"Installed kernelspec {result.GetValue(name)} in {installed}");
                return 0;
            }
            catch (ArgumentException e)
            {
                return CommandFailure.Report(result, e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CommandFailure.Report(result, $"{kernels}: cannot be written ({e.Message})");
            }
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "The kernelspecs Jupyter finds, by name, with their folders (as `jupyter kernelspec list`).");
        command.SetAction(result => CommandFailure.Guard(result, () =>
        {
            var specs = new KernelSpecs(JupyterPaths.FromEnvironment(KernelLocation.SysPrefix()))
                .FindAll(skipped => result.InvocationConfiguration.Error.WriteLine($"warning: {CommandFailure.OneLine(skipped)}"));
            var output = result.InvocationConfiguration.Output;
            output.WriteLine("Available kernels:");
            var width = specs.Select(s => s.Name.Length).DefaultIfEmpty(0).Max();
            foreach (var spec in specs) output.WriteLine($"  {spec.Name.PadRight(width)}    {spec.ResourceDirectory}");
            return 0;
        }));
        return command;
    }
}

using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;

namespace NewsFigures.Jupyter;

/// <summary>
/// Starts a kernelspec's kernel as Jupyter does: five free ports on 127.0.0.1, a connection file with a random key, the
/// spec's argv with {connection_file} and {resource_dir} filled in, in the given working folder; then waits for its
/// kernel_info_reply. A kernel that exits first fails the start with its exit code and last line of stderr, unless it
/// says a port was taken: ports are picked free, then released for the kernel to bind, so another process may take one
/// meanwhile (as with jupyter_client); then it is started again on other ports, up to three times in all.
/// </summary>
public sealed class KernelLauncher(KernelLaunchOptions? options = null)
{
    private readonly KernelLaunchOptions options = options ?? new KernelLaunchOptions();

    private const int Attempts = 3;
    private const string PortTaken = "port taken";

    public async Task<RunningKernel> StartAsync(KernelSpec spec, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(spec, cancellationToken);
            }
            catch (KernelDiedException e) when (attempt < Attempts && e.Data.Contains(PortTaken))
            {
                options.Log?.Invoke($"kernel '{spec.Name}': {e.Message}; starting it again on other ports");
            }
        }
    }

    private async Task<RunningKernel> StartOnceAsync(KernelSpec spec, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ports = FreePorts.Pick(IPAddress.Loopback, 5);
        var connection = new ConnectionInfo
        {
            Ip = "127.0.0.1", ShellPort = ports[0], IoPubPort = ports[1], StdinPort = ports[2], ControlPort = ports[3], HeartbeatPort = ports[4],
            Key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), KernelName = spec.Name,
        };
        var file = Path.Combine(options.ConnectionDirectory ?? Path.GetTempPath(), $"kernel-{Guid.NewGuid():N}.json");
        connection.Save(file);
        var process = Start(spec, file);
        var output = new KernelOutput(process, options.Log);
        var client = KernelClient.Connect(connection, options.Log);
        var kernel = new RunningKernel(spec, connection, file, process, client, output);
        try
        {
            var exited = process.WaitForExitAsync(cancellationToken);
            var ready = client.WaitForReadyAsync(options.StartTimeout, cancellationToken);
            await Task.WhenAny(ready, exited);
            if (ready.IsCompletedSuccessfully)
            {
                kernel.Ready(ready.Result, clock.Elapsed);
                return kernel;
            }
            if (exited.IsCompleted || ready.Exception?.InnerException is KernelDiedException)
            {
                // Waiting for the exit also waits for its stderr to be read to the end.
                await process.WaitForExitAsync(CancellationToken.None);
                var message = $"kernel '{spec.Name}' exited with code {process.ExitCode} before it answered kernel_info_request{output.LastErrorSuffix()}";
                var died = new KernelDiedException(message);
                if (output.SaysAddressInUse()) died.Data[PortTaken] = true;
                throw died;
            }
            kernel.Ready(await ready, clock.Elapsed);
            return kernel;
        }
        catch
        {
            await kernel.DisposeAsync();
            throw;
        }
    }

    private Process Start(KernelSpec spec, string connectionFile)
    {
        var start = new ProcessStartInfo
        {
            FileName = Fill(spec.Argv[0], spec, connectionFile),
            WorkingDirectory = options.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in spec.Argv.Skip(1)) start.ArgumentList.Add(Fill(argument, spec, connectionFile));
        start.Environment[ParentProcess.LauncherVariable] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in spec.Env.Concat(options.Environment)) start.Environment[name] = value;
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"kernel '{spec.Name}': {start.FileName} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"kernel '{spec.Name}' ({spec.SpecFile}): cannot start {start.FileName}: {e.Message}.", e);
        }
    }

    private static string Fill(string argument, KernelSpec spec, string connectionFile) =>
        argument.Replace("{connection_file}", connectionFile, StringComparison.Ordinal)
            .Replace("{resource_dir}", spec.ResourceDirectory, StringComparison.Ordinal);
}

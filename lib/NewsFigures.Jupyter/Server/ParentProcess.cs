using System.Diagnostics;

namespace NewsFigures.Jupyter;

/// <summary>
/// The process that started a kernel: jupyter_client names it in JPY_PARENT_PID. A kernel whose client died without
/// shutting it down would otherwise run on with no one to talk to; like ipykernel, it exits when its parent is gone.
/// </summary>
public static class ParentProcess
{
    public const string Variable = "JPY_PARENT_PID";

    /// <summary>Where <see cref="KernelLauncher"/> names itself to the kernels it starts: they restart in process, as
    /// jupyter_client's do not, and exit as well when it is gone (killed before it could shut them down).</summary>
    public const string LauncherVariable = "NEWSFIGURES_PARENT_PID";

    /// <summary>The parent's id from <paramref name="variable"/> (JPY_PARENT_PID by default), or null when unset or not
    /// a process id.</summary>
    public static int? FromEnvironment(string variable = Variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 1 ? id : null;

    /// <summary>Completes when process <paramref name="id"/> has exited (checked every <paramref name="interval"/>).</summary>
    public static async Task WaitForExitAsync(int id, TimeSpan interval, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var parent = Process.GetProcessById(id);
                if (parent.HasExited) return;
            }
            catch (ArgumentException)
            {
                return; // no such process any more
            }
            await Task.Delay(interval, cancellationToken);
        }
    }
}

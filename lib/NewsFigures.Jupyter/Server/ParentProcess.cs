using System.Diagnostics;

namespace NewsFigures.Jupyter;

/// <summary>
/// The process that started a kernel: jupyter_client names it in JPY_PARENT_PID. A kernel whose client died without
/// shutting it down would otherwise run on with no one to talk to; like ipykernel, it exits when its parent is gone.
/// </summary>
public static class ParentProcess
{
    public const string Variable = "JPY_PARENT_PID";

    /// <summary>The parent's id from JPY_PARENT_PID, or null when unset or not a live process id.</summary>
    public static int? FromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 1 ? id : null;

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

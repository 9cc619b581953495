namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// A notebook runs in its own folder, as under Jupyter, nbconvert and VS Code, so its relative paths mean the same
/// everywhere. The working folder belongs to the process, so notebooks of one folder run side by side while one of
/// another folder waits its turn; when the last leaves, the folder the process had is restored.
/// </summary>
internal static class WorkingFolder
{
    private static readonly Lock Gate = new();
    private static string? current, original;
    private static int users;
    private static TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<IDisposable> EnterAsync(string folder, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(folder);
        while (true)
        {
            Task wait;
            lock (Gate)
            {
                if (users == 0)
                {
                    original = Environment.CurrentDirectory;
                    Environment.CurrentDirectory = full;
                    current = full;
                }
                if (current == full)
                {
                    users++;
                    return new Lease();
                }
                wait = released.Task;
            }
            await wait.WaitAsync(cancellationToken);
        }
    }

    private static void Leave()
    {
        lock (Gate)
        {
            if (--users > 0) return;
            Environment.CurrentDirectory = original!;
            current = null;
            released.SetResult();
            released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private sealed class Lease : IDisposable
    {
        private int done;
        public void Dispose() { if (Interlocked.Exchange(ref done, 1) == 0) Leave(); }
    }
}

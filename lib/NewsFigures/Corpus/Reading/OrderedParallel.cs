namespace NewsFigures;

/// <summary>A map over a sequence run on the thread pool, a few items ahead of the consumer, whose results come back in
/// input order: all cores work, memory holds only the window, and the output is the same whatever the timing.</summary>
internal static class OrderedParallel
{
    /// <summary>In-flight items per core: enough to keep cores busy past a slow item, few enough to hold little.</summary>
    private const int WindowPerCore = 4;

    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map)
    {
        int window = WindowPerCore * Environment.ProcessorCount;
        var pending = new Queue<Task<TOut>>(window);
        using var source = items.GetEnumerator();
        while (true)
        {
            while (pending.Count < window && source.MoveNext())
            {
                var item = source.Current;
                pending.Enqueue(Task.Run(() => map(item)));
            }
            if (pending.Count == 0) yield break;
            yield return pending.Dequeue().GetAwaiter().GetResult(); // rethrows the item's own exception
        }
    }
}

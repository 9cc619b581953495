using System.Diagnostics;
using System.Globalization;

namespace ExtractBench;

/// <summary>What one timed pass over a set of texts cost: time, bytes read, bytes allocated, items found.</summary>
internal sealed record Throughput(string Name, TimeSpan Elapsed, long Bytes, long Allocated, long Found)
{
    public double MegabytesPerSecond => Bytes / 1e6 / Elapsed.TotalSeconds;

    public double AllocatedPerMegabyte => Allocated / (Bytes / 1e6);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-44} {Bytes / 1e6,7:F2} MB in {Elapsed.TotalSeconds,7:F2} s  {MegabytesPerSecond,8:F2} MB/s  "
        + $"{AllocatedPerMegabyte / 1e6,8:F2} MB allocated per MB  {Found,9:N0} found");

    /// <summary>Times one pass on the calling thread; allocations are this thread's.</summary>
    public static Throughput OneCore(string name, IReadOnlyList<BenchText> texts, Func<BenchText, int> read)
    {
        long bytes = texts.Sum(t => (long)t.Utf8Bytes), found = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var text in texts) found += read(text);
        clock.Stop();
        return new Throughput(name, clock.Elapsed, bytes, GC.GetAllocatedBytesForCurrentThread() - before, found);
    }

    /// <summary>Times one pass spread over every core, one text at a time; allocations are the whole process's.</summary>
    public static Throughput AllCores(string name, IReadOnlyList<BenchText> texts, Func<BenchText, int> read)
    {
        long bytes = texts.Sum(t => (long)t.Utf8Bytes), found = 0;
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(texts, () => 0L, (text, _, sum) => sum + read(text), sum => Interlocked.Add(ref found, sum));
        clock.Stop();
        return new Throughput(name, clock.Elapsed, bytes, GC.GetTotalAllocatedBytes(precise: true) - before, found);
    }

    /// <summary>The fastest of several passes (the one least disturbed by other work on the machine).</summary>
    public static Throughput Best(int runs, Func<Throughput> pass) =>
        Enumerable.Range(0, runs).Select(_ => pass()).MinBy(t => t.Elapsed)!;
}

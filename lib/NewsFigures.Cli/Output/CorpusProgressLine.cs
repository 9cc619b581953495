using System.Diagnostics;
using System.Globalization;

namespace NewsFigures.Cli.Output;

/// <summary>
/// Progress of a long corpus run on one rewritten stderr line ("1,234/9,876 files, 12.3/98.7 MB, 45.6 MB/s"), a few
/// times a second; only when stderr is a terminal, so logs and pipes get no control characters.
/// </summary>
internal sealed class CorpusProgressLine(TextWriter error) : IProgress<CorpusProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _shown = -Interval; // the first report is drawn at once
    private bool _drawn;

    /// <summary>A progress line on the console's stderr when it is a terminal; otherwise null (no progress).</summary>
    public static CorpusProgressLine? ForTerminal(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new CorpusProgressLine(error) : null;

    public void Report(CorpusProgress value)
    {
        var now = _clock.Elapsed;
        if (now - _shown < Interval && value.FilesDone < value.Files) return;
        _shown = now;
        double rate = value.BytesDone / 1e6 / Math.Max(now.TotalSeconds, 1e-3);
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{value}, {rate:N1} MB/s   "));
        _drawn = true;
    }

    /// <summary>Ends the progress line so what follows starts on a line of its own.</summary>
    public void Finish()
    {
        if (_drawn) error.WriteLine();
        _drawn = false;
    }
}

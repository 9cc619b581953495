using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Directives;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace NewsFigures.Hosts.Tests.Kernel;

/// <summary>
/// #!time as the dotnet-interactive tool defines it (its Jupyter package, which this registry does not serve): when the
/// cell completes, a display of the elapsed time whose only form is the text "Wall time: 12.3456ms".
/// </summary>
public static class TimeMagic
{
    public static T UseTime<T>(this T kernel) where T : Microsoft.DotNet.Interactive.Kernel
    {
        kernel.AddDirective(new KernelActionDirective("#!time") { Description = "Time the execution of the cell" }, (_, context) =>
        {
            var timer = Stopwatch.StartNew();
            context.OnComplete(completed =>
            {
                var elapsed = timer.Elapsed;
                completed.Publish(new DisplayedValueProduced(elapsed, context.Command,
                    [new FormattedValue(PlainTextFormatter.MimeType, $"Wall time: {elapsed.TotalMilliseconds}ms")]));
            });
            return Task.CompletedTask;
        });
        return kernel;
    }
}

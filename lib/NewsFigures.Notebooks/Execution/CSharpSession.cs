using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// One notebook's Roslyn scripting state, set up as .NET Interactive's C# kernel sets up its own: the same default
/// imports, no globals object, its helpers (display, HTML, ...) imported statically, values formatted by the same
/// Formatter. Each cell is a submission continuing from the previous one. A cell runs on its own thread so a hung cell
/// can be abandoned at the timeout: .NET cannot abort a thread, so the runner interrupts it (ends Thread.Sleep and
/// blocking waits) and cancels the script's token; a busy loop that ignores both keeps its thread, and the session is
/// then unusable.
/// </summary>
internal sealed partial class CSharpSession : IDisposable
{
    /// <summary>The namespaces .NET Interactive's C# kernel imports, and nothing more: a notebook that runs here runs there.</summary>
    public static readonly IReadOnlyList<string> DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly string HelpersImport = $"using static {typeof(PolyglotHelpers).FullName}; ";

    private readonly AssemblyDirectories assemblies = new();
    private readonly NuGetRestorer restorer;
    private readonly string baseDirectory;
    private readonly RunOptions runOptions;
    private readonly DisplayHandles handles = new();
    private ScriptOptions options;
    private ScriptState<object>? state;
    private CancellationTokenSource cellCancellation = new();
    private Thread? runningThread;
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

    public CSharpSession(string baseDirectory, RunOptions runOptions)
    {
        this.baseDirectory = baseDirectory;
        this.runOptions = runOptions;
        restorer = new NuGetRestorer(runOptions.NuGetCacheDirectory ?? NuGetRestorer.DefaultCacheDirectory);
        ConsoleCapture.Install();
        DisplayRouter.Install();
        NativeDisplays.Install();
        options = ScriptOptions.Default
            .WithReferences(DefaultReferences().Concat(runOptions.References).Distinct())
            .WithImports(DefaultImports.Concat(runOptions.Imports).Distinct())
            .WithEmitDebugInformation(true)
            .WithFileEncoding(System.Text.Encoding.UTF8)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithAllowUnsafe(false)
            .WithSourceResolver(new SourceFileResolver([], baseDirectory))
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory));
    }

    /// <summary>The last submission that ran, for completion and inspection in its context; null before the first.</summary>
    public Script? Script => state?.Script;

    /// <summary>The references and imports cells compile with.</summary>
    public ScriptOptions Options => options;

    /// <summary>Runs one cell written in <paramref name="language"/> (its metadata's; #! lines may switch it). Each output
    /// also goes to <paramref name="events"/> as it happens.</summary>
    public async Task<CellResult> RunAsync(string source, string language, int cellNumber, int executionCount, TimeSpan timeout,
        CancellationToken cancellationToken, ICellEvents? events = null)
    {
        cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var collector = new OutputCollector(handles, events);
        using var cell = new CellScope(collector, cellCancellation.Token, events).Enter();
        var clock = Stopwatch.StartNew();
        var directives = CellDirectives.Parse(source, language);
        if (directives.Problem is { } problem) return Fail(collector, problem.Name, problem.Message, cellNumber, null);
        try
        {
            await AddReferencesAsync(directives, collector, cancellationToken);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException or FormatException or UnauthorizedAccessException)
        {
            return Fail(collector, "ReferenceError", e.Message, cellNumber, ReferenceLine(source));
        }
        foreach (var part in directives.Parts)
        {
            var failed = part.Language == CellDirectives.CSharp
                ? await RunCSharpAsync(part.Code, collector, cellNumber, executionCount, timeout, cancellationToken)
                : Show(part, collector);
            if (failed is not null) return failed;
        }
        // .NET Interactive's #!time reports once the cell is done, after its value.
        if (directives.Time) collector.Display(MimeBundles.Of($"Wall time: {clock.Elapsed.TotalMilliseconds}ms"));
        return new CellResult(collector.Outputs(), null);
    }

    private async Task<CellResult?> RunCSharpAsync(string code, OutputCollector collector, int cellNumber, int executionCount, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var cellOptions = options.WithFilePath($"cell{cellNumber}");
        var source = InterruptionPoints.Insert(code);
        if (state is null && source.TrimStart().StartsWith('#'))
            state = await CSharpScript.RunAsync(HelpersImport, options, cancellationToken: cancellationToken); // a directive must come first
        // The helpers' import goes on the first cell's first line, so it costs no compilation of its own and no line.
        var script = state is null ? CSharpScript.Create(HelpersImport + source, cellOptions) : state.Script.ContinueWith(source, cellOptions);
        var previous = state;
        // Compile first, on the pool, so notebooks running side by side compile in parallel.
        var diagnostics = await Task.Run(() => script.Compile(cancellationToken), cancellationToken);
        if (diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } first)
            return CompilationFailed(collector, first, diagnostics, cellNumber, previous is null ? HelpersImport.Length : 0);
        var run = RunOnOwnThread(() => previous is null
            ? script.RunAsync(null, _ => true, cellCancellation.Token)
            : script.RunFromAsync(previous, _ => true, cellCancellation.Token), out runningThread);
        var finished = await Task.WhenAny(run, Task.Delay(timeout, cancellationToken));
        if (finished != run)
        {
            // Stopped at its next interruption point; code that has none (a library call, a native wait) is abandoned.
            Interrupt();
            await Task.WhenAny(run, Task.Delay(StopGrace, CancellationToken.None));
            var how = run.IsCompleted ? "was stopped" : "was abandoned";
            collector.Add(ErrorOutput("TimeoutException", $"Cell {cellNumber} did not finish within {timeout.TotalSeconds:0.#} s and {how}.", cellNumber, null));
            return new CellResult(collector.Outputs(), new CellError("TimeoutException", $"did not finish within {timeout.TotalSeconds:0.#} s", null), SessionLost: true);
        }
        try
        {
            var next = await run;
            state = next;
            if (next.Exception is { } exception) return Raised(collector, exception, cellNumber);
            if (HasReturnValue(script, next.ReturnValue))
                collector.Add(CellOutput.ExecuteResult(executionCount, next.ReturnValue switch
                {
                    // A cell may end in formatted values of its own making, as in .NET Interactive.
                    Microsoft.DotNet.Interactive.Formatting.FormattedValue formatted => MimeBundles.From(formatted, [formatted], addPlainText: false),
                    IEnumerable<Microsoft.DotNet.Interactive.Formatting.FormattedValue> formatted => MimeBundles.From(formatted, formatted, addPlainText: false),
                    var value => MimeBundles.Of(value),
                }));
            return null;
        }
        catch (CompilationErrorException e)
        {
            return CompilationFailed(collector, e.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error), e.Diagnostics, cellNumber,
                previous is null ? HelpersImport.Length : 0);
        }
        catch (Exception e)
        {
            return Raised(collector, e, cellNumber);
        }
    }

    /// <summary>Stops the running cell: its token is cancelled, so it stops at the next interruption point (every loop and
    /// method body has one), and its thread is interrupted, which ends Thread.Sleep and blocking waits.</summary>
    public void Interrupt()
    {
        try { cellCancellation.Cancel(); }
        catch (ObjectDisposedException) { }
        runningThread?.Interrupt();
    }

    // Like .NET Interactive, a cell ending in an expression shows its value, null included; Roslyn tells this only through
    // an internal method, so without it a null value is taken for no value.
    private static readonly MethodInfo? HasReturnValueMethod =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes);

    private static bool HasReturnValue(Script script, object? value) =>
        HasReturnValueMethod?.Invoke(script, null) is bool has ? has : value is not null;

    /// <summary>An HTML or Markdown part, shown as .NET Interactive shows it: as text/html.</summary>
    private static CellResult? Show(CellPart part, OutputCollector collector)
    {
        var html = part.Language == CellDirectives.Markdown ? Markdig.Markdown.ToHtml(part.Code.Trim(), MarkdownCells.Pipeline) : part.Code;
        collector.Display(MimeBundles.Of(PolyglotHelpers.HTML(html)));
        return null;
    }

    private static CellResult Fail(OutputCollector collector, string name, string message, int cellNumber, int? line)
    {
        collector.Add(ErrorOutput(name, message, cellNumber, line));
        return new CellResult(collector.Outputs(), new CellError(name, message, line));
    }

    /// <param name="firstLineShift">Characters put before the cell's first line (the helpers' import), not the user's.</param>
    private static CellResult CompilationFailed(OutputCollector collector, Diagnostic first, IEnumerable<Diagnostic> diagnostics, int cellNumber,
        int firstLineShift = 0)
    {
        static int Line(Diagnostic d) => d.Location.IsInSource ? d.Location.GetLineSpan().StartLinePosition.Line + 1 : 0;
        int Column(Diagnostic d) => d.Location.IsInSource
            ? d.Location.GetLineSpan().StartLinePosition.Character + 1 - (Line(d) == 1 ? firstLineShift : 0)
            : 0;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var message = string.Join("\n", diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"({Line(d)},{Column(d)}): error {d.Id}: {d.GetMessage(culture)}"));
        var line = first.Location.IsInSource ? Line(first) : (int?)null;
        collector.Add(ErrorOutput("CompilationError", message, cellNumber, line));
        return new CellResult(collector.Outputs(), new CellError("CompilationError", first.GetMessage(culture), line));
    }

    private static CellResult Raised(OutputCollector collector, Exception exception, int cellNumber)
    {
        if (exception is TargetInvocationException { InnerException: { } inner }) exception = inner;
        var line = StackLine().Matches(exception.StackTrace ?? "").Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Cast<int?>().FirstOrDefault();
        var name = exception.GetType().FullName ?? exception.GetType().Name;
        collector.Add(ErrorOutput(name, exception.Message, cellNumber, line, exception));
        return new CellResult(collector.Outputs(), new CellError(name, exception.Message, line));
    }

    private static CellOutput ErrorOutput(string name, string message, int cell, int? line, Exception? exception = null)
    {
        var where = line is { } l ? $"cell {cell}, line {l}" : $"cell {cell}";
        var traceback = new List<string> { $"{name}: {message}", $"   at {where}" };
        if (exception?.StackTrace is { } stack)
            traceback.AddRange(stack.Split('\n').Select(s => s.TrimEnd('\r')).Where(s => s.Length > 0 && !s.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)));
        return CellOutput.Error(name, message, traceback);
    }

    private async Task AddReferencesAsync(CellDirectives directives, OutputCollector collector, CancellationToken cancellationToken)
    {
        var references = new List<Assembly>();
        foreach (var path in directives.AssemblyPaths)
        {
            var full = Path.GetFullPath(path, baseDirectory);
            if (File.Exists(full)) references.Add(assemblies.Load(full));
            // A library this host already provides (the project's, passed by the command line) satisfies a #r of it
            // wherever the notebook was copied to.
            else if (!HostProvides(full)) throw new IOException($"#r \"{path}\": no such file {full}.");
        }
        var installed = new List<RestoredPackage>();
        foreach (var package in directives.Packages)
        {
            var restored = await restorer.RestoreAsync(package, directives.PackageSources, cancellationToken);
            foreach (var dll in restored.Assemblies)
            {
                try { references.Add(assemblies.Load(dll)); }
                catch (BadImageFormatException) { } // reference-only or native files in lib folders are not loadable; skip them
            }
            installed.Add(restored);
        }
        if (references.Count > 0) options = options.AddReferences(references);
        if (installed.Count > 0) collector.Display(InstalledPackages.Bundle(installed));
    }

    private bool HostProvides(string path) =>
        runOptions.References.Any(a => string.Equals(a.GetName().Name, Path.GetFileNameWithoutExtension(path), StringComparison.OrdinalIgnoreCase));

    private static int? ReferenceLine(string source) =>
        source.Split('\n').Select((l, i) => (l, i)).FirstOrDefault(p => p.l.TrimStart().StartsWith("#r", StringComparison.Ordinal)).i + 1;

    private static Task<ScriptState<object>> RunOnOwnThread(Func<Task<ScriptState<object>>> run, out Thread thread)
    {
        var completion = new TaskCompletionSource<ScriptState<object>>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The thread inherits the execution context, and with it the cell's CellScope.
        thread = new Thread(() =>
        {
            try { completion.SetResult(run().GetAwaiter().GetResult()); }
            catch (Exception e) { completion.TrySetException(e); }
        }) { IsBackground = true, Name = "notebook cell" };
        thread.Start();
        return completion.Task;
    }

    private static IEnumerable<Assembly> DefaultReferences() =>
    [
        typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(List<>).Assembly, typeof(Console).Assembly,
        typeof(Regex).Assembly, typeof(System.Text.Json.JsonSerializer).Assembly, typeof(System.Net.Http.HttpClient).Assembly,
        typeof(System.Collections.Immutable.ImmutableArray).Assembly, typeof(System.ComponentModel.INotifyPropertyChanged).Assembly,
        typeof(System.Linq.Expressions.Expression).Assembly, typeof(System.Globalization.CultureInfo).Assembly,
        typeof(System.Runtime.CompilerServices.DynamicAttribute).Assembly, Assembly.Load("System.Runtime"), Assembly.Load("netstandard"),
        typeof(PolyglotHelpers).Assembly, typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly,
        typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly,
    ];

    [GeneratedRegex(@"cell(\d+):line (\d+)")]
    private static partial Regex StackLine();

    public void Dispose()
    {
        assemblies.Dispose();
        cellCancellation.Dispose();
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// One notebook's Roslyn scripting state: each cell is a submission continuing from the previous one.
/// A cell runs on its own thread so a hung cell can be abandoned at the timeout: .NET cannot abort a
/// thread, so the runner interrupts it (ends Thread.Sleep and blocking waits) and cancels the token
/// scripts see; a busy loop that ignores both keeps its thread, and this session is then unusable.
/// </summary>
internal sealed partial class CSharpSession : IDisposable
{
    private static readonly string[] DefaultImports =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks"];

    private readonly ValueFormatter formatter = new();
    private readonly AssemblyDirectories assemblies = new();
    private readonly NuGetRestorer restorer;
    private readonly string baseDirectory;
    private readonly NotebookGlobals globals;
    private ScriptOptions options;
    private ScriptState<object>? state;
    private OutputCollector collector;
    private CancellationTokenSource cellCancellation = new();

    public CSharpSession(string baseDirectory, RunOptions runOptions)
    {
        this.baseDirectory = baseDirectory;
        restorer = new NuGetRestorer(runOptions.NuGetCacheDirectory ?? NuGetRestorer.DefaultCacheDirectory);
        collector = new OutputCollector(formatter);
        globals = new NotebookGlobals(() => collector, () => cellCancellation.Token);
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

    public async Task<CellResult> RunAsync(string source, int cellNumber, int executionCount, TimeSpan timeout, CancellationToken cancellationToken)
    {
        collector = new OutputCollector(formatter);
        cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var directives = CellDirectives.Parse(source);
        if (directives.UnsupportedMagic is { } magic)
            return Fail("UnsupportedMagicCommand", $"{magic} is not supported here; only C# cells run.", 1);
        if (directives.Language is { } language && language is not ("csharp" or "c#" or "C#"))
            return Fail("UnsupportedLanguage", $"#!{language} cells cannot run here; only C# cells run.", 1);
        try
        {
            await AddReferencesAsync(directives, cancellationToken);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException or FormatException or UnauthorizedAccessException)
        {
            return Fail("ReferenceError", e.Message, ReferenceLine(source));
        }
        var cellOptions = options.WithFilePath($"cell{cellNumber}");
        // Compile before taking the console gate, so notebooks running side by side compile in parallel.
        var script = state is null
            ? CSharpScript.Create(directives.Code, cellOptions, typeof(NotebookGlobals))
            : state.Script.ContinueWith(directives.Code, cellOptions);
        var diagnostics = await Task.Run(() => script.Compile(cancellationToken), cancellationToken);
        if (diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } first)
            return CompilationFailed(first, diagnostics, cellNumber);
        using var console = ConsoleCapture.Begin(collector);
        var run = RunOnOwnThread(() => state is null
            ? script.RunAsync(globals, _ => true, cellCancellation.Token)
            : script.RunFromAsync(state, _ => true, cellCancellation.Token), out var thread);
        var finished = await Task.WhenAny(run, Task.Delay(timeout, cancellationToken));
        if (finished != run)
        {
            await cellCancellation.CancelAsync();
            thread.Interrupt();
            return new CellResult(collector.Outputs().Append(ErrorOutput("TimeoutException",
                $"Cell {cellNumber} did not finish within {timeout.TotalSeconds:0.#} s and was abandoned.", cellNumber, null)).ToList(),
                new CellError("TimeoutException", $"did not finish within {timeout.TotalSeconds:0.#} s", null), SessionLost: true);
        }
        try
        {
            var next = await run;
            state = next;
            if (next.Exception is { } exception) return Raised(exception, cellNumber);
            if (next.ReturnValue is { } value)
                collector.Add(CellOutput.ExecuteResult(executionCount, formatter.Format(value)));
            return new CellResult(collector.Outputs(), null);
        }
        catch (CompilationErrorException e)
        {
            return CompilationFailed(e.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error), e.Diagnostics, cellNumber);
        }
        catch (Exception e)
        {
            return Raised(e, cellNumber);
        }

        CellResult Fail(string name, string message, int? line)
        {
            collector.Add(ErrorOutput(name, message, cellNumber, line));
            return new CellResult(collector.Outputs(), new CellError(name, message, line));
        }
    }

    private CellResult CompilationFailed(Diagnostic first, IEnumerable<Diagnostic> diagnostics, int cellNumber)
    {
        static int Line(Diagnostic d) => d.Location.IsInSource ? d.Location.GetLineSpan().StartLinePosition.Line + 1 : 0;
        static int Column(Diagnostic d) => d.Location.IsInSource ? d.Location.GetLineSpan().StartLinePosition.Character + 1 : 0;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var message = string.Join("\n", diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"({Line(d)},{Column(d)}): error {d.Id}: {d.GetMessage(culture)}"));
        var line = first.Location.IsInSource ? Line(first) : (int?)null;
        collector.Add(ErrorOutput("CompilationError", message, cellNumber, line));
        return new CellResult(collector.Outputs(), new CellError("CompilationError", first.GetMessage(culture), line));
    }

    private CellResult Raised(Exception exception, int cellNumber)
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

    private async Task AddReferencesAsync(CellDirectives directives, CancellationToken cancellationToken)
    {
        var references = new List<Assembly>();
        foreach (var path in directives.AssemblyPaths)
        {
            var full = Path.GetFullPath(path, baseDirectory);
            if (!File.Exists(full)) throw new IOException($"#r \"{path}\": no such file {full}.");
            references.Add(assemblies.Load(full));
        }
        foreach (var package in directives.Packages)
        {
            foreach (var dll in await restorer.RestoreAsync(package, directives.PackageSources, cancellationToken))
            {
                try { references.Add(assemblies.Load(dll)); }
                catch (BadImageFormatException) { } // reference-only or native files in lib folders are not loadable; skip them
            }
        }
        if (references.Count > 0) options = options.AddReferences(references);
    }

    private static int? ReferenceLine(string source) =>
        source.Split('\n').Select((l, i) => (l, i)).FirstOrDefault(p => p.l.TrimStart().StartsWith("#r", StringComparison.Ordinal)).i + 1;

    private static Task<ScriptState<object>> RunOnOwnThread(Func<Task<ScriptState<object>>> run, out Thread thread)
    {
        var completion = new TaskCompletionSource<ScriptState<object>>(TaskCreationOptions.RunContinuationsAsynchronously);
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
        typeof(NotebookGlobals).Assembly, typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly,
    ];

    [GeneratedRegex(@"cell(\d+):line (\d+)")]
    private static partial Regex StackLine();

    public void Dispose()
    {
        assemblies.Dispose();
        cellCancellation.Dispose();
    }
}

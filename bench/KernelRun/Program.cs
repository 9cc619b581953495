using NewsFigures.Hosts.Tests.Kernel;

// One notebook, one process, as the other hosts are timed: exit 1 naming the cells that failed.
if (args is not [var notebook]) { Console.Error.WriteLine("usage: KernelRun NOTEBOOK.ipynb"); return 2; }
var run = await new PolyglotHost().RunAsync(notebook);
foreach (var (cell, output) in run.Failures) Console.Error.WriteLine($"{notebook}: cell {cell}: {output["text/plain"]?.Split('\n')[0]}");
return run.Failures.Any() ? 1 : 0;

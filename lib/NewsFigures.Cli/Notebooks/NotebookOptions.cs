using System.CommandLine;
using NewsFigures.Cli.Commands;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Notebooks;

/// <summary>The options <c>run</c> and <c>render</c> share: parameters, cell timeout, allow-errors, where cells run.</summary>
internal sealed class NotebookOptions
{
    public Option<string[]> Parameters { get; } = new("--parameter", "-p")
    {
        Description = "A notebook parameter as name=value, injected after the cell tagged 'parameters' (repeatable).",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds a cell may run before it is stopped with a timeout error.",
        DefaultValueFactory = _ => 120,
    };

    public Option<bool> AllowErrors { get; } = new("--allow-errors")
    {
        Description = "Keep running after a failing cell instead of stopping the notebook.",
    };

    public Option<string?> Kernel { get; } = new("--kernel")
    {
        Description = "An installed Jupyter kernel to run the notebooks on (e.g. python3, .net-csharp); default: this project's C# kernel.",
    };

    public Option<bool> InProcess { get; } = new("--in-process")
    {
        Description = "Run C# notebooks inside this process instead of kernel processes: quicker, but a cell that crashes ends the whole command.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Parameters);
        command.Options.Add(Timeout);
        command.Options.Add(AllowErrors);
        command.Options.Add(Kernel);
        command.Options.Add(InProcess);
    }

    /// <summary>The kernels the notebooks run on, from --kernel and --in-process.</summary>
    public KernelSelection KernelsOf(ParseResult result, int notebooks)
    {
        var name = result.GetValue(Kernel);
        var inProcess = result.GetValue(InProcess);
        if (name is not null && inProcess) throw new UsageException("give either --kernel or --in-process, not both.");
        return KernelChoice.Kernels(name, inProcess, notebooks);
    }

    /// <summary>The parameters as a dictionary; a malformed one is a usage error.</summary>
    public IReadOnlyDictionary<string, string> ParametersOf(ParseResult result)
    {
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in result.GetValue(Parameters) ?? [])
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0) throw new UsageException($"parameter '{pair}' must be written name=value.");
            parsed[pair[..equals]] = pair[(equals + 1)..];
        }
        return parsed;
    }

    public TimeSpan TimeoutOf(ParseResult result)
    {
        var seconds = result.GetValue(Timeout);
        if (!(seconds > 0)) throw new UsageException("--timeout must be a positive number of seconds.");
        return TimeSpan.FromSeconds(seconds);
    }
}

namespace ExtractCliBench;

/// <summary>
/// The command line to time, as a program and the arguments before the subcommand: the installed tool
/// (<c>newsfigures</c>, looked for on PATH and in ~/.dotnet/tools) or a build (<c>dotnet lib/.../NewsFigures.Cli.dll</c>).
/// Words are split on spaces, so a path with a space cannot be named.
/// </summary>
internal sealed record CliCommand(string Program, IReadOnlyList<string> LeadingArguments, string Text)
{
    public const string Installed = "newsfigures";

    public static CliCommand Parse(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new ArgumentException("--cli needs a command, e.g. --cli \"dotnet lib/NewsFigures.Cli/bin/Release/net10.0/NewsFigures.Cli.dll\".");
        var program = Resolve(words[0]) ?? throw new ArgumentException(words[0] == Installed
            ? "newsfigures is not installed (run scripts/install-tool.sh) or time a build with --cli \"dotnet lib/NewsFigures.Cli/bin/Release/net10.0/NewsFigures.Cli.dll\"."
            : $"{words[0]}: no such program.");
        foreach (var argument in words.Skip(1).Where(w => w.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
            if (!File.Exists(argument))
                throw new ArgumentException($"{argument}: no such file (build it first: dotnet build NewsFigures.sln -c Release).");
        return new CliCommand(program, words[1..], text);
    }

    public IEnumerable<string> With(params string[] arguments) => LeadingArguments.Concat(arguments);

    /// <summary>A path as given, else the first match on PATH, else the .NET tools folder (often not on PATH).</summary>
    private static string? Resolve(string name)
    {
        if (name.Contains('/')) return File.Exists(name) ? Path.GetFullPath(name) : null;
        var tools = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append(tools)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }
}

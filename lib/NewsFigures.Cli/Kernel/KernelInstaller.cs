using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsFigures.Jupyter;

namespace NewsFigures.Cli.Kernel;

/// <summary>
/// Writes the kernelspec folder: kernel.json (the command line that starts the kernel, however this command line was
/// started) and the two logos. Built beside the target and renamed into place, so a kernelspec is never half written
/// and one installed before is replaced whole.
/// </summary>
internal static partial class KernelInstaller
{
    public const string DefaultName = "newsfigures-csharp";
    public const string DisplayName = "C# (NewsFigures)";

    public static KernelSpec Spec(string name, string directory) =>
        new(name, directory, [.. StartCommand(), "kernel", "start", "{connection_file}"], DisplayName, "C#")
        {
            InterruptMode = "message",
            Metadata = new JsonObject { ["debugger"] = false },
        };

    /// <summary>Installs into <paramref name="kernels"/>/<paramref name="name"/>; returns that folder.</summary>
    public static string Install(string kernels, string name)
    {
        if (!ValidName().IsMatch(name))
            throw new ArgumentException($"--name '{name}': a kernel name is letters, digits, '.', '_' and '-' only.");
        var target = Path.Combine(kernels, name);
        var building = Path.Combine(kernels, $".{name}.new-{Guid.NewGuid():N}");
        Directory.CreateDirectory(building);
        try
        {
            File.WriteAllText(Path.Combine(building, "kernel.json"), Spec(name, target).ToJson() + "\n");
            File.WriteAllBytes(Path.Combine(building, "logo-32x32.png"), KernelLogo.Png(32));
            File.WriteAllBytes(Path.Combine(building, "logo-64x64.png"), KernelLogo.Png(64));
            var old = Path.Combine(kernels, $".{name}.old-{Guid.NewGuid():N}");
            if (Directory.Exists(target)) Directory.Move(target, old);
            Directory.Move(building, target);
            if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
            return target;
        }
        finally
        {
            if (Directory.Exists(building)) Directory.Delete(building, recursive: true);
        }
    }

    /// <summary>
    /// How to start this command line again: the .NET tool `newsfigures` by its absolute path when that is what runs (an
    /// editor started from the desktop may not have the tools folder on PATH), otherwise the dotnet host with this
    /// assembly's absolute path.
    /// </summary>
    public static IReadOnlyList<string> StartCommand()
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "newsfigures") return [Path.GetFullPath(process)];
        var dotnet = process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
        return [dotnet, typeof(KernelInstaller).Assembly.Location];
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex ValidName();
}

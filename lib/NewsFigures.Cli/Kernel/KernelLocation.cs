using System.Diagnostics;
using NewsFigures.Jupyter;

namespace NewsFigures.Cli.Kernel;

/// <summary>
/// Where <c>kernel install</c> writes, as <c>jupyter kernelspec install</c> does: <c>--user</c> the user's data folder
/// (the default here: no rights needed), <c>--sys-prefix</c> the Python environment Jupyter runs in, <c>--prefix DIR</c>
/// DIR/share/jupyter; each into its kernels/ folder.
/// </summary>
internal static class KernelLocation
{
    public static string User() =>
        Path.Combine(JupyterPaths.UserDataDirectory(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)), "kernels");

    public static string Prefix(string prefix) => Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");

    /// <summary>sys.prefix of the Python that runs <c>jupyter</c> (its #! line), else of <c>python3</c>; null without Python.</summary>
    public static string? SysPrefix()
    {
        var python = JupyterPython() ?? "python3";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(python, ["-c", "import sys; print(sys.prefix)"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            });
            if (process is null) return null;
            var prefix = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && prefix.Length > 0 ? prefix : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    // The first python3 on PATH may not be Jupyter's (pyenv, a venv): the data folder that counts is the one of the Python
    // whose Jupyter will look for the kernel.
    private static string? JupyterPython()
    {
        var jupyter = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "jupyter")).FirstOrDefault(File.Exists);
        if (jupyter is null) return null;
        try
        {
            return File.ReadLines(jupyter).FirstOrDefault() is ['#', '!', .. var line] && line.Trim().Split(' ')[0] is var interpreter
                && Path.IsPathFullyQualified(interpreter) && File.Exists(interpreter) ? interpreter : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

namespace NewsFigures.Jupyter.Tests.CSharpKernel;

/// <summary>Debian's Python with jupyter_client (scripts/ensure-jupyter.sh installs it): the interpreter `jupyter` runs
/// with, which may not be the first python3 on PATH.</summary>
public static class Python
{
    public static string Interpreter { get; } = Find();

    private static string Find()
    {
        var jupyter = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "jupyter")).FirstOrDefault(File.Exists);
        if (jupyter is not null && File.ReadLines(jupyter).FirstOrDefault() is ['#', '!', .. var shebang] && File.Exists(shebang.Trim()))
            return shebang.Trim();
        return File.Exists("/usr/bin/python3") ? "/usr/bin/python3"
            : throw new InvalidOperationException("no Python with jupyter_client: run `bash scripts/ensure-jupyter.sh`.");
    }

    public static string Script(string name) => Path.Combine(AppContext.BaseDirectory, "Python", name);
}

using System.Buffers.Binary;
using System.Text.Json.Nodes;

namespace NewsFigures.Cli.Tests;

/// <summary><c>kernel install</c> in-process (where it writes and what); <c>kernel start</c> and <c>kernel list</c> run
/// as child processes in NewsFigures.Jupyter.Tests, under Jupyter's own clients.</summary>
public class KernelCommandTests : IDisposable
{
    private readonly string prefix = Directory.CreateTempSubdirectory("kernel-install-").FullName;

    private string Kernels => Path.Combine(prefix, "share", "jupyter", "kernels");

    [Fact]
    public async Task Install_writes_a_kernelspec_that_starts_this_command_line()
    {
        var (exit, output, error) = await CliRun.Async("kernel", "install", "--prefix", prefix);
        Assert.True(exit == 0, error);
        var folder = Path.Combine(Kernels, "newsfigures-csharp");
        Assert.Equal($"Installed kernelspec newsfigures-csharp in {folder}\n", output.ReplaceLineEndings("\n"));
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!.AsObject();
        var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(argv[0]));
        Assert.Equal(typeof(Program).Assembly.Location, argv[1]);
        Assert.True(Path.IsPathFullyQualified(argv[1]));
        Assert.Equal(["kernel", "start", "{connection_file}"], argv[2..]);
        Assert.Equal(("C# (NewsFigures)", "C#", "message"),
            (spec["display_name"]!.GetValue<string>(), spec["language"]!.GetValue<string>(), spec["interrupt_mode"]!.GetValue<string>()));
        Assert.NotNull(spec["metadata"] as JsonObject);
        Assert.Equal((32, 32), PngSize(Path.Combine(folder, "logo-32x32.png")));
        Assert.Equal((64, 64), PngSize(Path.Combine(folder, "logo-64x64.png")));
    }

    [Fact]
    public async Task Installing_again_replaces_the_folder_whole_under_the_name_given()
    {
        Assert.Equal(0, (await CliRun.Async("kernel", "install", "--prefix", prefix, "--name", "nf-2")).Exit);
        File.WriteAllText(Path.Combine(Kernels, "nf-2", "stale.txt"), "from an older install");
        var logo = File.ReadAllBytes(Path.Combine(Kernels, "nf-2", "logo-64x64.png"));
        Assert.Equal(0, (await CliRun.Async("kernel", "install", "--prefix", prefix, "--name", "nf-2")).Exit);
        Assert.Equal(["kernel.json", "logo-32x32.png", "logo-64x64.png"],
            Directory.EnumerateFiles(Path.Combine(Kernels, "nf-2")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["nf-2"], Directory.EnumerateDirectories(Kernels).Select(Path.GetFileName));
        Assert.Equal(logo, File.ReadAllBytes(Path.Combine(Kernels, "nf-2", "logo-64x64.png"))); // drawn the same each time
    }

    [Theory]
    [InlineData(new[] { "--user", "--sys-prefix" }, "error: give one of --user, --sys-prefix and --prefix.")]
    [InlineData(new[] { "--name", "C# kernel" }, "error: --name 'C# kernel': a kernel name is letters, digits, '.', '_' and '-' only.")]
    public async Task Bad_options_are_one_line_and_exit_2(string[] options, string message)
    {
        var (exit, _, error) = await CliRun.Async(["kernel", "install", "--prefix", prefix, .. options]);
        Assert.Equal((2, message), (exit, error.Trim()));
        Assert.False(Directory.Exists(Path.Combine(Kernels, "newsfigures-csharp")));
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    public void Dispose()
    {
        try { Directory.Delete(prefix, recursive: true); } catch (IOException) { }
    }
}

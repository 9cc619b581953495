using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsFigures.Notebooks.Tests;

public class ReferenceTests
{
    [Fact]
    public async Task A_local_dll_loads_relative_to_the_notebook_with_its_dependency_beside_it()
    {
        using var dir = new TempDirectory();
        var shouting = Compile(dir["lib/Shouting.dll"], "Shouting", "namespace Shouting; public static class Shouter { public static string Shout(string s) => s.ToUpperInvariant() + \"!\"; }");
        Compile(dir["lib/Greeting.dll"], "Greeting", "namespace Greeting; public sealed class Greeter { public string Hello(string name) => Shouting.Shouter.Shout(\"hello \" + name); }", shouting);
        var notebook = Run.CSharp("#r \"lib/Greeting.dll\"\nnew Greeting.Greeter().Hello(\"world\")");

        var run = await Run.Notebook(notebook, directory: dir.Path);

        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Equal("HELLO WORLD!", run.Outputs(1)[0].Plain());
    }

    [Fact]
    public async Task A_missing_dll_is_an_error_naming_the_path_and_line()
    {
        using var dir = new TempDirectory();

        var run = await Run.Notebook(Run.CSharp("// setup\n#r \"lib/Missing.dll\""), directory: dir.Path);

        Assert.Equal(1, run.Failure!.Cell);
        Assert.Equal(2, run.Failure.Line);
        Assert.Equal($"#r \"lib/Missing.dll\": no such file {dir["lib/Missing.dll"]}.", run.Failure.Message);
    }

    [Fact]
    public async Task A_nuget_reference_is_restored_from_the_configured_source_and_cached()
    {
        using var cache = new TempDirectory();
        var options = new RunOptions { NuGetCacheDirectory = cache.Path };

        var run = await Run.Notebook(Run.CSharp("#r \"nuget: Newtonsoft.Json, 13.0.3\"", "Newtonsoft.Json.JsonConvert.SerializeObject(new { year = 2024 })"), options);

        Assert.True(run.Succeeded, run.Failure?.ToString());
        Assert.Equal("Installed Packages: Newtonsoft.Json, 13.0.3", Assert.Single(run.Outputs(1)).Plain());
        Assert.Equal("{\"year\":2024}", run.Outputs(2)[0].Plain());
        var cached = File.ReadAllText(Path.Combine(options.NuGetCacheDirectory, Directory.GetDirectories(options.NuGetCacheDirectory, "newtonsoft.json-13.0.3-*").Select(Path.GetFileName).Single()!, "assemblies.txt"));
        Assert.StartsWith("13.0.3\n", cached);
        Assert.EndsWith("newtonsoft.json/13.0.3/lib/net6.0/Newtonsoft.Json.dll\n", cached);
    }

    private static PortableExecutableReference Compile(string path, string name, string source, params MetadataReference[] extra)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = new[] { "System.Private.CoreLib.dll", "System.Runtime.dll" }
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(runtime, f))).Concat(extra);
        var compilation = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromFile(path);
    }
}

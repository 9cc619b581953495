using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace NewsFigures.Hosts.Tests.Kernel;

/// <summary>
/// The kernels a Polyglot notebook's C# and HTML cells meet in the dotnet-interactive tool (its KernelBuilder), less
/// the other languages: C# with #r "nuget: ..." and the display helpers, HTML, the #!time and #!markdown magic
/// commands, and extensions loaded from NuGet packages. Formatting as for a browser front end: HTML by default,
/// strings as plain text.
/// </summary>
public static class PolyglotKernel
{
    public static CompositeKernel Create()
    {
        var kernel = new CompositeKernel();
        kernel.Add(new CSharpKernel().UseNugetDirective(AddPackageAssemblies).UseKernelHelpers(), ["c#", "C#"]);
        kernel.Add(new HtmlKernel());
        kernel.UseMarkdown().UseTime().UseNuGetExtensions();
        kernel.DefaultKernelName = "csharp";

        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);
        return kernel;
    }

    private static Task AddPackageAssemblies(CSharpKernel kernel, IReadOnlyList<ResolvedPackageReference> packages)
    {
        kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
        return Task.CompletedTask;
    }
}

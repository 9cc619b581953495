using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace NewsFigures.Hosts.Tests.Kernel;

/// <summary>
/// What the dotnet-interactive tool does after a command that added NuGet packages: for each new package with an
/// interactive-extensions/dotnet folder, load its assemblies and run every IKernelExtension's OnLoadAsync on the root
/// kernel, saying "Loading extensions from `...`" first. This is how Microsoft.Data.Analysis and Plotly.NET.Interactive
/// register their formatters.
/// </summary>
public static class NuGetExtensions
{
    public static CompositeKernel UseNuGetExtensions(this CompositeKernel kernel)
    {
        var added = new ConcurrentQueue<PackageAdded>();
        var seenRoots = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var loadedAssemblies = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        kernel.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context);
            while (added.TryDequeue(out var package))
            {
                var folder = new DirectoryInfo(Path.Combine(package.PackageReference.PackageRoot, "interactive-extensions", "dotnet"));
                if (!folder.Exists) continue;
                foreach (var dll in folder.GetFiles("*.dll", SearchOption.TopDirectoryOnly))
                    if (loadedAssemblies.TryAdd(AssemblyName.GetAssemblyName(dll.FullName).FullName, true))
                        await LoadAsync(dll.FullName, kernel, context);
            }
        });

        kernel.RegisterForDisposal(kernel.KernelEvents.Subscribe(new PackageObserver(package =>
        {
            if (package.PackageReference.PackageRoot is { } root && seenRoots.TryAdd(root, true)) added.Enqueue(package);
        })));
        return kernel;
    }

    private static async Task LoadAsync(string path, Microsoft.DotNet.Interactive.Kernel kernel, KernelInvocationContext context)
    {
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        var extensions = assembly.ExportedTypes
            .Where(t => !t.IsAbstract && !t.IsInterface && !t.IsGenericTypeDefinition && typeof(IKernelExtension).IsAssignableFrom(t))
            .ToList();
        if (extensions.Count > 0) KernelInvocationContextExtensions.Display(context, $"Loading extensions from `{assembly.Location}`");
        foreach (var type in extensions)
        {
            var extension = (IKernelExtension)Activator.CreateInstance(type)!;
            try
            {
                await extension.OnLoadAsync(kernel);
                context.Publish(new KernelExtensionLoaded(extension, context.Command));
            }
            catch (Exception e)
            {
                context.Publish(new ErrorProduced($"Failed to load kernel extension \"{type.Name}\" from assembly {assembly.Location}", context.Command));
                context.Fail(context.Command, new KernelExtensionLoadException(e));
            }
        }
    }

    /// <summary>Watches the kernel's events for packages added (System.Reactive's Subscribe(Action) without the dependency).</summary>
    private sealed class PackageObserver(Action<PackageAdded> onAdded) : IObserver<KernelEvent>
    {
        public void OnNext(KernelEvent value)
        {
            if (value is PackageAdded package) onAdded(package);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}

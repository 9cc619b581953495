using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace NewsFigures;

/// <summary>
/// Finds an assembly's native libraries in <c>runtimes/&lt;rid&gt;/native/</c> beside it when the host does not: the
/// dotnet-interactive tool loads a notebook's <c>#r</c> DLLs without their deps.json, so SkiaSharp or SQLite would fail
/// with DllNotFoundException. The runtime asks this only after its own probing failed, so where that works (our command
/// line, tests) nothing changes.
/// </summary>
internal static class NativeLibraryFallback
{
    /// <summary>Adds the fallback to the load context of each assembly (once per context). An assembly that cannot be
    /// loaded is skipped: then there is no native library of it to find.</summary>
    public static void Register(params Func<Assembly>[] assemblies)
    {
        var contexts = new List<AssemblyLoadContext>();
        foreach (var assembly in assemblies)
        {
            try
            {
                if (AssemblyLoadContext.GetLoadContext(assembly()) is { } context && !contexts.Contains(context)) contexts.Add(context);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException) { }
        }
        foreach (var context in contexts) context.ResolvingUnmanagedDll += Resolve;
    }

    /// <summary>The library loaded from <c>runtimes/&lt;rid&gt;/native/</c> beside the assembly asking for it, or zero.</summary>
    internal static IntPtr Resolve(Assembly assembly, string name)
    {
        if (Path.GetDirectoryName(assembly.Location) is not { Length: > 0 } folder) return IntPtr.Zero; // in a single-file bundle
        foreach (var rid in RuntimeIds())
            foreach (var file in FileNames(name))
            {
                var path = Path.Combine(folder, "runtimes", rid, "native", file);
                if (File.Exists(path) && NativeLibrary.TryLoad(path, out var handle)) return handle;
            }
        return IntPtr.Zero;
    }

    /// <summary>The runtime's own id first, then the portable ones packages ship: "linux-x64", then "linux-musl-x64"
    /// (a glibc build fails to load on musl and the next is tried), "osx" for universal macOS builds.</summary>
    internal static IEnumerable<string> RuntimeIds()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        string[] ids = [RuntimeInformation.RuntimeIdentifier, $"{os}-{arch}", .. os == "linux" ? [$"linux-musl-{arch}"] : Array.Empty<string>(), os];
        return ids.Distinct(StringComparer.Ordinal);
    }

    // DllImport names come with or without "lib" and the extension ("libSkiaSharp", "e_sqlite3").
    static IEnumerable<string> FileNames(string name) =>
        OperatingSystem.IsWindows() ? [name, name + ".dll"]
        : OperatingSystem.IsMacOS() ? [name, name + ".dylib", "lib" + name + ".dylib"]
        : [name, name + ".so", "lib" + name + ".so"];
}

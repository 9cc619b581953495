using System.Runtime.CompilerServices;

namespace NewsFigures.Charts;

/// <summary>Lets <see cref="StaticChart"/> find libSkiaSharp and libHarfBuzzSharp in hosts that do not probe
/// <c>runtimes/</c> (the dotnet-interactive tool); see <see cref="NativeLibraryFallback"/>.</summary>
internal static class SkiaNativeLibraries
{
#pragma warning disable CA2255 // a library's module initializer is the point: it must run before ScottPlot draws, in any host
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => NativeLibraryFallback.Register(
        () => typeof(SkiaSharp.SKObject).Assembly, () => typeof(HarfBuzzSharp.Blob).Assembly);
}

using System.Reflection;
using System.Runtime.InteropServices;

namespace NewsFigures.Tests.Hosting;

/// <summary>Where a host does not probe runtimes/ (the dotnet-interactive tool), native libraries are found beside the
/// assembly that asks for them. The tool run itself is checked by hand (see the Charts README); here, the lookup.</summary>
public sealed class NativeLibraryFallbackTests
{
    [Theory]
    [InlineData("SQLitePCLRaw.provider.e_sqlite3", "e_sqlite3", "sqlite3_libversion")]
    [InlineData("SkiaSharp", "libSkiaSharp", "sk_version_get_milestone")]
    [InlineData("HarfBuzzSharp", "libHarfBuzzSharp", "hb_version_string")]
    public void A_native_library_is_found_in_runtimes_rid_native_beside_its_assembly(string assembly, string library, string export)
    {
        var handle = NativeLibraryFallback.Resolve(Assembly.Load(assembly), library);

        Assert.NotEqual(IntPtr.Zero, handle);
        Assert.True(NativeLibrary.TryGetExport(handle, export, out _));
    }

    [Fact]
    public void A_library_that_is_not_there_is_left_to_the_runtime()
    {
        Assert.Equal(IntPtr.Zero, NativeLibraryFallback.Resolve(Assembly.Load("SkiaSharp"), "libNoSuchLibrary"));
    }

    [Fact]
    public void The_runtimes_own_id_comes_first_then_the_portable_one_packages_ship()
    {
        var ids = NativeLibraryFallback.RuntimeIds().ToList();

        Assert.Equal(RuntimeInformation.RuntimeIdentifier, ids[0]);
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64)
            Assert.Equal(["linux-x64", "linux-musl-x64", "linux"], ids.SkipWhile(id => id != "linux-x64"));
    }
}

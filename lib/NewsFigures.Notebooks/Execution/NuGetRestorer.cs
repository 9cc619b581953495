using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using NewsFigures.Notebooks.Io;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Resolves #r "nuget: ..." by a real `dotnet restore` of a generated project through the machine's
/// configured package sources; the resolved version and the list of runtime assemblies are cached per package and version.
/// </summary>
internal sealed class NuGetRestorer(string cacheDirectory)
{
    public static string DefaultCacheDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "newsfigures", "nuget");

    /// <summary>The version restored and its runtime assemblies (the package's and its dependencies').</summary>
    public async Task<RestoredPackage> RestoreAsync(NuGetReference package, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var key = $"{package.Id.ToLowerInvariant()}-{package.Version ?? "latest"}-{Hash(sources)}-v2"; // v2: the version is the first line
        var folder = Path.Combine(cacheDirectory, key);
        var listFile = Path.Combine(folder, "assemblies.txt");
        if (File.Exists(listFile))
        {
            var cached = (await File.ReadAllLinesAsync(listFile, cancellationToken)).Where(l => l.Length > 0).ToList();
            if (cached.Count > 0 && cached.Skip(1).All(File.Exists)) return new RestoredPackage(package.Id, cached[0], cached.Skip(1).ToList());
        }
        Directory.CreateDirectory(folder);
        var project = Path.Combine(folder, "restore.csproj");
        AtomicFile.WriteAllText(project, Project(package, sources));
        await RunRestoreAsync(project, package, cancellationToken);
        var (version, assemblies) = Resolved(Path.Combine(folder, "obj", "project.assets.json"), package.Id);
        AtomicFile.WriteAllText(listFile, string.Join('\n', assemblies.Prepend(version)) + "\n");
        return new RestoredPackage(package.Id, version, assemblies);
    }

    private static string Project(NuGetReference package, IReadOnlyList<string> sources) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
            <RestoreAdditionalProjectSources>{string.Join(';', sources)}</RestoreAdditionalProjectSources>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{package.Id}" Version="{package.Version ?? "*"}" />
          </ItemGroup>
        </Project>
        """;

    private static async Task RunRestoreAsync(string project, NuGetReference package, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", ["restore", project, "-p:ImportDirectoryBuildProps=false", "-p:ImportDirectoryPackagesProps=false", "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start 'dotnet restore'.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var detail = (await output + await error).Split('\n').FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))?.Trim();
            throw new InvalidOperationException($"NuGet restore of {package.Id} {package.Version} failed: {detail}");
        }
    }

    private static (string Version, List<string> Assemblies) Resolved(string assetsFile, string id)
    {
        var assets = JsonNode.Parse(File.ReadAllText(assetsFile))!;
        var packageFolder = ((JsonObject)assets["packageFolders"]!).First().Key;
        var libraries = (JsonObject)assets["libraries"]!;
        var target = ((JsonObject)assets["targets"]!).First().Value as JsonObject ?? new JsonObject();
        var paths = new List<string>();
        foreach (var (name, entry) in target)
        {
            if ((string?)entry?["type"] != "package" || entry["runtime"] is not JsonObject runtime) continue;
            var libraryPath = (string)libraries[name]!["path"]!;
            paths.AddRange(runtime.Select(r => r.Key).Where(k => k.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(k => Path.GetFullPath(Path.Combine(packageFolder, libraryPath, k))));
        }
        var version = target.Select(t => t.Key.Split('/')).Where(k => k.Length == 2 && string.Equals(k[0], id, StringComparison.OrdinalIgnoreCase))
            .Select(k => k[1]).FirstOrDefault() ?? "?";
        return (version, paths.Order(StringComparer.Ordinal).ToList());
    }

    private static string Hash(IReadOnlyList<string> sources) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sources))))[..8];
}

/// <summary>A package #r "nuget: ..." restored: its id, the version restored, and the assemblies to load.</summary>
internal sealed record RestoredPackage(string Id, string Version, IReadOnlyList<string> Assemblies);

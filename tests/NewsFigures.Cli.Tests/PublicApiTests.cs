using System.Reflection;
using PublicApiGenerator;

namespace NewsFigures.Cli.Tests;

/// <summary>
/// The public surface of each library, pinned in PublicApi/NAME.txt, so it changes only on purpose: a change shows the
/// lines added and removed. To accept one, run the tests with NEWSFIGURES_APPROVE_API=1 and commit the files.
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> Libraries => new() { "NewsFigures", "NewsFigures.Charts", "NewsFigures.Notebooks", "NewsFigures.Jupyter" };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void The_public_api_changes_only_on_purpose(string library)
    {
        var api = Assembly.Load(library).GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(RepoFolders.Root, "tests", "NewsFigures.Cli.Tests", "PublicApi", library + ".txt");
        if (Environment.GetEnvironmentVariable("NEWSFIGURES_APPROVE_API") == "1") File.WriteAllText(approvedPath, api);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";

        Assert.True(api == approved, $"The public API of {library} changed (tests/NewsFigures.Cli.Tests/PublicApi/{library}.txt):\n"
            + Difference(approved, api) + "\nIf this is intended, run the tests with NEWSFIGURES_APPROVE_API=1 and commit the file.");
    }

    private static string Difference(string approved, string actual)
    {
        var before = approved.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        return string.Join("\n", after.Where(l => !before.Contains(l)).Select(l => "+ " + l)
            .Concat(before.Where(l => !after.Contains(l)).Select(l => "- " + l)));
    }
}

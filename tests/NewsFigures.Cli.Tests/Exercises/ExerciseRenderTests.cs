using System.Net;

namespace NewsFigures.Cli.Tests.Exercises;

/// <summary>The report's page of an exercise notebook: as a student sees it by default, with the answers under --teacher.</summary>
[Collection(NotebookRuns.Name)]
public sealed class ExerciseRenderTests : IDisposable
{
    private const string SolutionLine = "int printings = publications.Stated.First().Sources.Count;";
    private const string AnswerArgument = "(int)Math.Round(last.Value * (1 + growth.Rate / 100))";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task The_default_page_shows_the_exercises_without_solutions_or_checks()
    {
        var page = await Page();

        Assert.Contains(WebUtility.HtmlEncode("int printings = 0; // your answer"), page);
        Assert.DoesNotContain(WebUtility.HtmlEncode(SolutionLine), page);
        Assert.DoesNotContain(WebUtility.HtmlEncode(AnswerArgument), page);
        Assert.DoesNotContain("Exercise.Check", page);
        Assert.DoesNotContain("check: ", page);
    }

    [Fact]
    public async Task The_teachers_page_keeps_the_solutions_and_shows_the_checks_passing()
    {
        var page = await Page("--teacher");

        Assert.Contains(WebUtility.HtmlEncode(SolutionLine), page);
        Assert.Contains(WebUtility.HtmlEncode(AnswerArgument), page);
        Assert.Contains("check: 3. printings of the publication count: correct.", page);
        Assert.DoesNotContain("// your answer", page);
    }

    private async Task<string> Page(params string[] options)
    {
        var (exit, _, error) = await CliRun.Async([
            "render", Path.Combine(RepoFolders.Notebooks, "05-talent.ipynb"), "--out", temp.File("site"), "--cache", temp.File("cache"), "--in-process", .. options,
        ]);
        Assert.True(exit == 0, error);
        return File.ReadAllText(temp.File("site/05-talent.html"));
    }
}

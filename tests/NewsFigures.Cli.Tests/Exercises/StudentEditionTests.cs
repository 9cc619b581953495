using System.Net;
using System.Text.RegularExpressions;
using NewsFigures.Cli.Exercises;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Tests.Exercises;

/// <summary>
/// <c>render --student</c> of the project's exercise notebooks, 02 and 05: nothing of a solution is left in the student's
/// notebook or its page, every check is kept (by digest), and the edition grades a wrong and a right answer.
/// </summary>
[Collection(NotebookRuns.Name)]
public sealed partial class StudentEditionTests(StudentEditionRender render) : IClassFixture<StudentEditionRender>
{
    public static TheoryData<string> Stems => new(StudentEditionRender.Stems);

    [Fact]
    public void The_editions_and_their_pages_are_written()
    {
        Assert.True(render.Exit == 0, $"render --student failed (exit {render.Exit}):\n{render.Error}");
        Assert.Contains("2 student notebooks written to", render.Output);
        Assert.Contains("2 notebooks rendered to", render.Output);
    }

    [Theory]
    [MemberData(nameof(Stems))]
    public void No_solution_line_or_answer_expression_is_left_in_the_notebook_or_its_page(string stem)
    {
        var teacher = Notebook.Load(Path.Combine(RepoFolders.Notebooks, stem + ".ipynb"));
        var exercises = ExerciseCells.Find(teacher, stem);
        var secrets = exercises.Where(e => e.Role == ExerciseRole.Solution).SelectMany(e => SolutionLines(e.Cell.Source))
            .Concat(exercises.Where(e => e.Role == ExerciseRole.Check).SelectMany(e => CheckCalls.Find(e).Select(c => c.Answer)))
            .ToList();
        Assert.True(secrets.Count >= 6, $"{stem}: expected three solution lines and three answers, found {secrets.Count}");

        var edition = File.ReadAllText(render.Edition(stem));
        var sources = string.Join('\n', Notebook.Parse(edition).Cells.Select(c => c.Source));
        var page = File.ReadAllText(render.Page(stem));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, sources);
            Assert.DoesNotContain(WebUtility.HtmlEncode(secret), page);
        }
        // The old checks printed the answer with the outcome.
        Assert.DoesNotMatch("the answer is|the table says|you said|BEGIN SOLUTION", edition + page);
    }

    [Theory]
    [MemberData(nameof(Stems))]
    public void Every_check_is_kept_with_a_digest_for_its_answer_and_the_page_shows_it_not_yet_passing(string stem)
    {
        var edition = Notebook.Load(render.Edition(stem));

        var check = Assert.Single(edition.Cells, c => c.HasTag(ExerciseCells.CheckTag));
        var calls = check.Source.Split('\n').Where(l => l.StartsWith("Exercise.Check", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, calls.Count);
        Assert.All(calls, call => Assert.Matches(DigestCheck(), call));
        Assert.All(edition.Cells, c => Assert.Empty(c.Outputs));
        var page = File.ReadAllText(render.Page(stem));
        Assert.Equal(3, Regex.Count(page, @"check: \d\. [^<\n]+: not yet\."));
        Assert.Contains("// your answer", page);
    }

    [Fact]
    public void The_edition_finds_the_articles_from_its_own_folder()
    {
        var parameters = Assert.Single(Notebook.Load(render.Edition("05-talent")).Cells, c => c.HasTag("parameters"));

        var relative = Regex.Match(parameters.Source, "\"([^\"]+)\"").Groups[1].Value;

        Assert.False(Path.IsPathRooted(relative));
        Assert.Equal(RepoFolders.Articles, Path.GetFullPath(Path.Combine(render.Folder, relative)));
    }

    [Fact]
    public async Task A_students_wrong_answers_fail_the_checks_and_right_ones_pass()
    {
        var stem = "05-talent";
        var student = Path.Combine(render.Temp.Path, "handed-in", stem + ".ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(student)!);
        var edition = Notebook.Load(render.Edition(stem));
        var teacher = Notebook.Load(Path.Combine(RepoFolders.Notebooks, stem + ".ipynb"));
        var rightLines = SolutionLines(Assert.Single(teacher.Cells, c => c.HasTag(ExerciseCells.SolutionTag)).Source).ToList();

        edition.Save(student);
        var (wrongExit, wrongOutput, _) = await CliRun.Async("run", student, "--checks", "-p", $"articles={RepoFolders.Articles}");
        Assert.Equal(1, wrongExit);
        Assert.Contains($"{student}: check: 1. universities added per year: not yet.", wrongOutput);
        Assert.Contains($"{student}: 0 of 3 checks pass", wrongOutput);

        // The student writes the first answer as the teacher did: one check passes, the command still fails.
        Answer(edition, student, rightLines.Take(1));
        var (partExit, partOutput, _) = await CliRun.Async("run", student, "--checks", "-p", $"articles={RepoFolders.Articles}");
        Assert.Equal(1, partExit);
        Assert.Contains($"{student}: check: 1. universities added per year: correct.", partOutput);
        Assert.Contains($"{student}: 1 of 3 checks pass", partOutput);

        Answer(edition, student, rightLines);
        var (rightExit, rightOutput, rightError) = await CliRun.Async("run", student, "--checks", "-p", $"articles={RepoFolders.Articles}");
        Assert.True(rightExit == 0, rightError);
        Assert.Contains($"{student}: 3 of 3 checks pass", rightOutput);
    }

    [Fact]
    public async Task Rendering_the_edition_again_gives_the_same_notebook_bytes()
    {
        var again = Path.Combine(render.Temp.Path, "again");

        var (exit, _, error) = await CliRun.Async("render", Path.Combine(RepoFolders.Notebooks, "05-talent.ipynb"), "--student",
            "--out", again, "--cache", render.Cache, "--in-process");

        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllBytes(render.Edition("05-talent")), File.ReadAllBytes(Path.Combine(again, "05-talent.ipynb")));
    }

    [Fact]
    public async Task A_notebook_without_checks_or_an_out_folder_that_is_its_own_is_refused()
    {
        var corpus = Path.Combine(RepoFolders.Notebooks, "01-corpus.ipynb");
        var (noChecks, _, noChecksError) = await CliRun.Async("render", corpus, "--student", "--out", Path.Combine(render.Temp.Path, "none"));
        Assert.Equal(2, noChecks);
        Assert.Contains($"{corpus}: no cell is tagged 'check'", noChecksError);

        var talent = Path.Combine(RepoFolders.Notebooks, "05-talent.ipynb");
        var (ownFolder, _, ownFolderError) = await CliRun.Async("render", talent, "--student", "--out", RepoFolders.Notebooks);
        Assert.Equal(2, ownFolder);
        Assert.Contains("--out is the notebook's own folder", ownFolderError);

        var (both, _, bothError) = await CliRun.Async("render", talent, "--student", "--teacher", "--out", Path.Combine(render.Temp.Path, "both"));
        Assert.Equal(2, both);
        Assert.Contains("give either --student or --teacher, not both.", bothError);
    }

    /// <summary>The student's notebook with its stubs replaced by these lines.</summary>
    private static void Answer(Notebook edition, string path, IEnumerable<string> lines)
    {
        var solution = edition.Cells.Single(c => c.HasTag(ExerciseCells.SolutionTag));
        var source = solution.Source;
        foreach (var line in lines)
        {
            var name = Regex.Match(line, @"^\w+ (\w+) =").Groups[1].Value;
            source = Regex.Replace(source, $@"^\w+ {name} = .*$", line.Replace("$", "$$"), RegexOptions.Multiline);
        }
        Assert.NotEqual(solution.Source, source);
        (edition with { Cells = edition.Cells.Select(c => c == solution ? c with { Source = source } : c).ToList() }).Save(path);
    }

    /// <summary>The teacher's lines between the markers.</summary>
    private static IEnumerable<string> SolutionLines(string source) =>
        source.Split('\n').SkipWhile(l => l.Trim() != SolutionStub.Begin).Skip(1).TakeWhile(l => l.Trim() != SolutionStub.End)
            .Select(l => l.Trim()).Where(l => l.Length > 0);

    [GeneratedRegex("""^Exercise\.Check\("\d\. [^"]+", \w+, AnswerDigest\.Parse\("[0-9a-f]{16}:[0-9a-f]{64}"\)\);$""")]
    private static partial Regex DigestCheck();
}

/// <summary>The student editions of 02 and 05, rendered once for the tests above.</summary>
public sealed class StudentEditionRender : IDisposable
{
    public static readonly string[] Stems = ["02-figures", "05-talent"];

    public StudentEditionRender() =>
        (Exit, Output, Error) = CliRun.Async([
            "render", .. Stems.Select(s => Path.Combine(RepoFolders.Notebooks, s + ".ipynb")), "--student", "--out", Folder, "--cache", Cache,
        ]).GetAwaiter().GetResult();

    internal TempFolder Temp { get; } = new();

    public string Folder => Path.Combine(Temp.Path, "student");

    public string Cache => Path.Combine(Temp.Path, "cache");

    public int Exit { get; }

    public string Output { get; }

    public string Error { get; }

    public string Edition(string stem) => Path.Combine(Folder, stem + ".ipynb");

    public string Page(string stem) => Path.Combine(Folder, stem + ".html");

    public void Dispose() => Temp.Dispose();
}

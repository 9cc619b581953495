using NewsFigures.Cli.Exercises;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Tests.Exercises;

public sealed class ExerciseTagTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Solution_and_check_cells_are_found_by_their_tags_and_others_left_alone()
    {
        var notebook = Notebook.CSharp(
            NotebookCell.Markdown("## Exercises").WithTags("exercise"),
            NotebookCell.Code("int answer = 6 * 7;", "s").WithTags(ExerciseCells.SolutionTag),
            NotebookCell.Code("Exercise.Check(\"1. answer\", answer, 42);\nExercise.Check(\"2. again\", answer, 42);", "c").WithTags(ExerciseCells.CheckTag));

        var cells = ExerciseCells.Find(notebook, "x.ipynb");

        Assert.Equal([(1, ExerciseRole.Solution, "x.ipynb: cell 2 (id s)"), (2, ExerciseRole.Check, "x.ipynb: cell 3 (id c)")],
            cells.Select(c => (c.Index, c.Role, c.Place)));
        Assert.Equal(2, ExerciseCells.CheckCount(cells));
    }

    [Fact]
    public void Between_begin_and_end_solution_only_that_part_becomes_stubs_at_its_indentation()
    {
        var source = "var table = Load();\nif (table.Any())\n{\n    // BEGIN SOLUTION\n    int count = table.Count(r => r.Kept);\n"
            + "    string name = table.First().Name, other = \"x\";\n    // END SOLUTION\n}\nConsole.WriteLine(count);";

        var stub = SolutionStub.Of(Solution(source));

        Assert.Equal("var table = Load();\nif (table.Any())\n{\n    int count = 0; // your answer\n    string name = \"\"; // your answer\n"
            + "    string other = \"\"; // your answer\n}\nConsole.WriteLine(count);", stub);
    }

    [Fact]
    public void Without_markers_the_whole_cell_becomes_the_declared_variables_with_empty_values()
    {
        var stub = SolutionStub.Of(Solution("// the sum\ndouble share = 0.25 * 4;\nbool big = share > 1;\nList<int> years = [2019, 2025];\nConsole.WriteLine(share);"));

        Assert.Equal("double share = 0; // your answer\nbool big = false; // your answer\nList<int> years = default; // your answer", stub);
    }

    [Fact]
    public void A_solution_part_that_declares_nothing_leaves_a_comment_for_the_answer()
    {
        var stub = SolutionStub.Of(Solution("int total = 0;\n// BEGIN SOLUTION\ntotal = 2 + 2;\n// END SOLUTION"));

        Assert.Equal("int total = 0;\n// your answer", stub);
    }

    [Theory]
    [InlineData("both", "x.ipynb: cell 2 (id both): tagged both 'solution' and 'check'")]
    [InlineData("markdown", "x.ipynb: cell 2 (id markdown): tagged 'solution' but is not a code cell")]
    [InlineData("unclosed", "x.ipynb: cell 2 (id unclosed): line 1: '// BEGIN SOLUTION' is never closed by '// END SOLUTION'")]
    [InlineData("unopened", "x.ipynb: cell 2 (id unopened): line 2: '// END SOLUTION' without a '// BEGIN SOLUTION' above it")]
    [InlineData("nested", "x.ipynb: cell 2 (id nested): line 2: '// BEGIN SOLUTION' again before '// END SOLUTION'")]
    [InlineData("var", "x.ipynb: cell 2 (id var): the solution declares 'n' with var; write its type")]
    [InlineData("nocheck", "x.ipynb: cell 2 (id nocheck): tagged 'check' but calls no Exercise.Check(question, yours, answer)")]
    [InlineData("twoargs", "x.ipynb: cell 2 (id twoargs): Exercise.Check takes (question, yours, answer); this call gives 2 arguments")]
    public void Broken_tags_are_refused_naming_the_cell(string broken, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => ExerciseCells.Find(Notebook.CSharp(NotebookCell.Code("int n = 1;"), Broken(broken)), "x.ipynb"));

        Assert.StartsWith(message, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task Run_with_checks_refuses_broken_tags_with_one_line_naming_the_cell_before_running_anything()
    {
        var path = TestNotebooks.Write(temp.File("broken.ipynb"), NotebookCell.Code("System.IO.File.WriteAllText(\"ran.txt\", \"\");"), Broken("unclosed"));

        var (exit, _, error) = await CliRun.Async("run", path, "--checks", "--in-process");

        Assert.Equal(2, exit);
        Assert.Equal($"error: {path}: cell 2 (id unclosed): line 1: '// BEGIN SOLUTION' is never closed by '// END SOLUTION'.\n", error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(temp.File("ran.txt")));
    }

    [Fact]
    public async Task Run_without_checks_runs_a_notebook_whose_tags_are_no_exercise_of_ours()
    {
        var path = TestNotebooks.Write(temp.File("other.ipynb"), NotebookCell.Code("int n = 1;"), Broken("nocheck"));

        var (exit, output, error) = await CliRun.Async("run", path, "--in-process");

        Assert.True(exit == 0, error);
        Assert.Contains($"{path}: ok, 2 code cells", output);
        Assert.DoesNotContain("checks pass", output);
    }

    [Fact]
    public async Task Run_with_checks_refuses_a_notebook_without_checks()
    {
        var path = TestNotebooks.Write(temp.File("plain.ipynb"), NotebookCell.Code("int n = 1;"));

        var (exit, _, error) = await CliRun.Async("run", path, "--checks", "--in-process");

        Assert.Equal(2, exit);
        Assert.Contains($"{path}: no cell is tagged 'check'; nothing to check.", error);
    }

    private static ExerciseCell Solution(string source) =>
        new(1, NotebookCell.Code(source).WithTags(ExerciseCells.SolutionTag), ExerciseRole.Solution, "x.ipynb: cell 2");

    private static NotebookCell Broken(string kind) => kind switch
    {
        "both" => NotebookCell.Code("int n = 2;", kind).WithTags(ExerciseCells.SolutionTag, ExerciseCells.CheckTag),
        "markdown" => NotebookCell.Markdown("int n = 2;", kind).WithTags(ExerciseCells.SolutionTag),
        "unclosed" => NotebookCell.Code("// BEGIN SOLUTION\nint n = 2;", kind).WithTags(ExerciseCells.SolutionTag),
        "unopened" => NotebookCell.Code("int n = 2;\n// END SOLUTION", kind).WithTags(ExerciseCells.SolutionTag),
        "nested" => NotebookCell.Code("// BEGIN SOLUTION\n  // BEGIN SOLUTION\n// END SOLUTION", kind).WithTags(ExerciseCells.SolutionTag),
        "var" => NotebookCell.Code("var n = 2;", kind).WithTags(ExerciseCells.SolutionTag),
        "nocheck" => NotebookCell.Code("Console.WriteLine(n == 2);", kind).WithTags(ExerciseCells.CheckTag),
        "twoargs" => NotebookCell.Code("Exercise.Check(\"1. n\", n);", kind).WithTags(ExerciseCells.CheckTag),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

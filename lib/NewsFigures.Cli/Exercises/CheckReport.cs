using NewsFigures.Exercises;
using NewsFigures.Notebooks;

namespace NewsFigures.Cli.Exercises;

/// <summary>What the checks of an executed notebook said: each outcome line its check cells printed, out of the calls
/// they make (a check that never ran, because a cell before it failed, counts as missed).</summary>
internal sealed record CheckReport(IReadOnlyList<CheckOutcome> Outcomes, int Checks)
{
    public int Passed => Outcomes.Count(o => o.Correct);

    public bool AllPass => Passed == Checks;

    public static CheckReport Of(Notebook executed, int checks) => new(
        executed.Cells.Where(c => c.HasTag(ExerciseCells.CheckTag))
            .SelectMany(ExerciseCells.PrintedLines).Select(CheckOutcome.TryParse).OfType<CheckOutcome>().ToList(),
        checks);
}

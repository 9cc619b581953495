namespace NewsFigures.Cli.Exercises;

/// <summary>What a tagged cell is to an exercise, by its metadata tag (nbgrader's idea, Jupyter's tags).</summary>
internal enum ExerciseRole
{
    /// <summary>Tag <c>solution</c>: a code cell holding the answer, all of it or between BEGIN/END SOLUTION lines.</summary>
    Solution,

    /// <summary>Tag <c>check</c>: a code cell calling <c>Exercise.Check(question, yours, answer)</c>.</summary>
    Check,
}

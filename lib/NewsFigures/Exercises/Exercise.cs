namespace NewsFigures.Exercises;

/// <summary>
/// Checks an exercise's answer and prints the outcome (<see cref="CheckOutcome"/>), never the answer. The teacher's
/// notebook passes the answer itself; a student edition passes its <see cref="AnswerDigest"/>. Plain C#, so the call
/// runs the same in every notebook host.
/// <code>Exercise.Check("2. biggest topic", biggestTopic, byTopic.First().Topic);</code>
/// </summary>
public static class Exercise
{
    /// <summary>Compares <paramref name="yours"/> with <paramref name="answer"/> by their JSON text.</summary>
    public static CheckOutcome Check(string question, object? yours, object? answer) =>
        Print(new CheckOutcome(question, AnswerDigest.JsonText(yours) == AnswerDigest.JsonText(answer)));

    /// <summary>Compares <paramref name="yours"/> with the answer a digest was made from.</summary>
    public static CheckOutcome Check(string question, object? yours, AnswerDigest answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Print(new CheckOutcome(question, answer.Matches(yours)));
    }

    private static CheckOutcome Print(CheckOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome.Question);
        Console.WriteLine(outcome);
        return outcome;
    }
}

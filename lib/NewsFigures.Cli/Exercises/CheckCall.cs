using Microsoft.CodeAnalysis.Text;

namespace NewsFigures.Cli.Exercises;

/// <summary>One <c>Exercise.Check(question, yours, answer)</c> in a check cell: the source of its question and answer
/// arguments and where the answer sits in the cell.</summary>
internal sealed record CheckCall(string Question, string Answer, TextSpan AnswerSpan, TextSpan CallSpan);

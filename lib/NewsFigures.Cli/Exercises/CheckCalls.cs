using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace NewsFigures.Cli.Exercises;

/// <summary>
/// The <c>Exercise.Check</c> calls of a check cell, found with Roslyn, and the cell with parts of them replaced
/// (the answer by its digest for students, the call by a digest print for the probe run).
/// </summary>
internal static class CheckCalls
{
    public static IReadOnlyList<CheckCall> Find(ExerciseCell cell)
    {
        var root = CSharpSyntaxTree.ParseText(cell.Cell.Source, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
        var calls = new List<CheckCall>();
        foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.Text: "Check" } access
                || !access.Expression.ToString().Split('.')[^1].Equals("Exercise", StringComparison.Ordinal)) continue;
            var arguments = invocation.ArgumentList.Arguments;
            if (arguments.Count != 3)
                throw new InvalidDataException($"{cell.Place}: Exercise.Check takes (question, yours, answer); this call gives {arguments.Count} arguments.");
            calls.Add(new CheckCall(arguments[0].ToString(), arguments[2].ToString(), arguments[2].Span, invocation.Span));
        }
        if (calls.Count == 0)
            throw new InvalidDataException($"{cell.Place}: tagged '{ExerciseCells.CheckTag}' but calls no Exercise.Check(question, yours, answer).");
        return calls;
    }

    /// <summary>The cell's source with a span of each call replaced; spans are replaced from the last so earlier ones stay valid.</summary>
    public static string Replace(string source, IReadOnlyList<CheckCall> calls, Func<CheckCall, int, (TextSpan Span, string Text)> replacement)
    {
        var edits = calls.Select(replacement).OrderByDescending(e => e.Span.Start).ToList();
        foreach (var (span, text) in edits) source = source[..span.Start] + text + source[span.End..];
        return source;
    }
}

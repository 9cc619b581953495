using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// is_complete_request, for consoles deciding whether Enter runs the code: "incomplete" (with the indent for the next
/// line) while Roslyn says the submission is not complete (an open brace, a statement without its semicolon),
/// "invalid" when it is complete but does not parse, else "complete".
/// </summary>
internal static class CompletenessCheck
{
    private static readonly CSharpParseOptions ScriptParsing = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    public static JsonObject Reply(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ScriptParsing);
        if (!SyntaxFactory.IsCompleteSubmission(tree)) return new JsonObject { ["status"] = "incomplete", ["indent"] = NextIndent(code) };
        return new JsonObject { ["status"] = tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? "invalid" : "complete" };
    }

    /// <summary>The last line's indent, four spaces deeper after an opening bracket.</summary>
    private static string NextIndent(string code)
    {
        var last = code.TrimEnd('\r', '\n').Split('\n')[^1].TrimEnd('\r');
        var indent = last[..(last.Length - last.TrimStart().Length)];
        return last.TrimEnd() is [.., '{' or '(' or '['] ? indent + "    " : indent;
    }
}

using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NewsFigures.Cli.Exercises;

/// <summary>
/// A solution cell as a student gets it: every variable the solution declares, set to its type's empty value
/// (<c>int perYear = 0; // your answer</c>), so the check cell still compiles. Between <c>// BEGIN SOLUTION</c> and
/// <c>// END SOLUTION</c> lines only that part is replaced; without them, the whole cell.
/// </summary>
internal static class SolutionStub
{
    public const string Begin = "// BEGIN SOLUTION";
    public const string End = "// END SOLUTION";
    private const string YourAnswer = "// your answer";

    public static string Of(ExerciseCell cell)
    {
        var lines = cell.Cell.Source.Split('\n');
        var stub = new StringBuilder();
        int? begin = null;
        var regions = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = lines[i].Trim();
            if (marker == Begin)
            {
                if (begin is not null) throw new InvalidDataException($"{cell.Place}: line {i + 1}: '{Begin}' again before '{End}'.");
                begin = i;
            }
            else if (marker == End)
            {
                if (begin is not { } from) throw new InvalidDataException($"{cell.Place}: line {i + 1}: '{End}' without a '{Begin}' above it.");
                var indent = lines[from][..(lines[from].Length - lines[from].TrimStart().Length)];
                AppendStubs(stub, string.Join('\n', lines[(from + 1)..i]), indent, cell.Place);
                begin = null;
                regions++;
            }
            else if (begin is null)
            {
                stub.Append(lines[i]).Append('\n');
            }
        }
        if (begin is { } open) throw new InvalidDataException($"{cell.Place}: line {open + 1}: '{Begin}' is never closed by '{End}'.");
        if (regions > 0) return stub.ToString()[..^1];
        var whole = new StringBuilder();
        AppendStubs(whole, cell.Cell.Source, "", cell.Place);
        return whole.ToString().TrimEnd('\n');
    }

    private static void AppendStubs(StringBuilder stub, string solution, string indent, string place)
    {
        var root = CSharpSyntaxTree.ParseText(solution, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetCompilationUnitRoot();
        var declarations = root.Members.Select(m => m switch
        {
            FieldDeclarationSyntax field => field.Declaration,
            GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
            _ => null,
        }).OfType<VariableDeclarationSyntax>().ToList();
        if (declarations.Count == 0)
        {
            stub.Append(indent).Append(YourAnswer).Append('\n');
            return;
        }
        foreach (var declaration in declarations)
        {
            var type = declaration.Type.ToString();
            foreach (var variable in declaration.Variables)
            {
                if (declaration.Type.IsVar)
                    throw new InvalidDataException($"{place}: the solution declares '{variable.Identifier.Text}' with var; write its type so the student edition can leave it empty.");
                stub.Append(indent).Append(type).Append(' ').Append(variable.Identifier.Text).Append(" = ").Append(EmptyValue(type)).Append("; ").Append(YourAnswer).Append('\n');
            }
        }
    }

    private static string EmptyValue(string type) => type switch
    {
        "int" or "long" or "short" or "byte" or "double" or "float" or "decimal" => "0",
        "string" => "\"\"",
        "bool" => "false",
        _ => "default",
    };
}

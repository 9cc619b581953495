using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// Rewrites a cell so it can be stopped: <c>Interruption.Check();</c> goes first in every loop body and every method,
/// local function, accessor and lambda body, on the line of its opening brace, so the cell's line numbers do not move.
/// A cell with neither loops nor bodies is left as written.
/// </summary>
internal sealed class InterruptionPoints : CSharpSyntaxRewriter
{
    private static readonly CSharpParseOptions ScriptParsing = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private static StatementSyntax CheckCall() =>
        SyntaxFactory.ParseStatement($"global::{typeof(Interruption).FullName}.{nameof(Interruption.Check)}();");

    public static string Insert(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, ScriptParsing).GetRoot();
        if (!root.DescendantNodes().Any(n => IsLoop(n) || Body(n) is not null)) return code;
        return new InterruptionPoints().Visit(root).ToFullString();
    }

    public override SyntaxNode? VisitBlock(BlockSyntax node)
    {
        var block = (BlockSyntax)base.VisitBlock(node)!;
        return node.Parent is { } parent && (Body(parent) == node || IsLoop(parent))
            ? block.WithStatements(block.Statements.Insert(0, CheckCall()))
            : block;
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node) =>
        WithBlock((WhileStatementSyntax)base.VisitWhileStatement(node)!, s => s.Statement, (s, b) => s.WithStatement(b));

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node) =>
        WithBlock((DoStatementSyntax)base.VisitDoStatement(node)!, s => s.Statement, (s, b) => s.WithStatement(b));

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node) =>
        WithBlock((ForStatementSyntax)base.VisitForStatement(node)!, s => s.Statement, (s, b) => s.WithStatement(b));

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node) =>
        WithBlock((ForEachStatementSyntax)base.VisitForEachStatement(node)!, s => s.Statement, (s, b) => s.WithStatement(b));

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node) =>
        WithBlock((ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!, s => s.Statement, (s, b) => s.WithStatement(b));

    /// <summary>A loop whose body is one statement gets a block holding the check and that statement.</summary>
    private static T WithBlock<T>(T loop, Func<T, StatementSyntax> body, Func<T, StatementSyntax, T> with) where T : StatementSyntax =>
        body(loop) is BlockSyntax ? loop : with(loop, SyntaxFactory.Block(CheckCall(), body(loop)));

    private static bool IsLoop(SyntaxNode node) => node is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax;

    private static BlockSyntax? Body(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax method => method.Body,
        LocalFunctionStatementSyntax function => function.Body,
        AccessorDeclarationSyntax accessor => accessor.Body,
        AnonymousFunctionExpressionSyntax lambda => lambda.Block,
        _ => null,
    };
}

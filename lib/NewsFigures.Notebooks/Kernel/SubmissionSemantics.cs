using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using NewsFigures.Notebooks.Execution;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// Code being typed, compiled (not run) as the submission after the last one that ran, so it sees every variable, type
/// and using of the earlier cells: the semantic model completion and inspection ask.
/// </summary>
internal sealed record SubmissionSemantics(SemanticModel Model, SyntaxNode Root, Compilation Compilation)
{
    private static readonly string HelpersImport = $"using static {typeof(PolyglotHelpers).FullName};";

    public static SubmissionSemantics Of(CSharpSession engine, string code)
    {
        // Before any cell ran, the helpers' import comes as a submission of its own, as in the first cell it rides on.
        var previous = engine.Script ?? CSharpScript.Create(HelpersImport, engine.Options);
        var compilation = previous.ContinueWith(code, engine.Options).GetCompilation();
        var tree = compilation.SyntaxTrees.First();
        return new SubmissionSemantics(compilation.GetSemanticModel(tree), tree.GetRoot(), compilation);
    }
}

using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// inspect_request: the symbol under the cursor (or, inside a call's parentheses, the method called), shown as its
/// signature and the summary of its XML documentation; every overload when the name alone does not decide one.
/// </summary>
internal static class Inspection
{
    private static readonly SymbolDisplayFormat Signature = SymbolDisplayFormat.CSharpErrorMessageFormat
        .WithMemberOptions(SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeRef | SymbolDisplayMemberOptions.IncludeConstantValue)
        .WithParameterOptions(SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeExtensionThis)
        .WithKindOptions(SymbolDisplayKindOptions.IncludeTypeKeyword | SymbolDisplayKindOptions.IncludeNamespaceKeyword);

    private const int MostOverloads = 8;

    public static JsonObject Reply(SubmissionSemantics semantics, XmlDocumentation documentation, string code, int cursorCodePoints)
    {
        var position = CodePoints.ToUtf16(code, cursorCodePoints);
        var symbols = SymbolsAt(semantics, position);
        if (symbols.Count == 0) return new JsonObject { ["status"] = "ok", ["found"] = false, ["data"] = new JsonObject(), ["metadata"] = new JsonObject() };
        var signatures = symbols.Take(MostOverloads).Select(s => s.ToDisplayString(Signature)).ToList();
        if (symbols.Count > MostOverloads) signatures.Add($"(+{symbols.Count - MostOverloads} more overloads)");
        var summary = symbols.Select(s => documentation.Summary(s, semantics.Compilation)).FirstOrDefault(s => s is not null);
        var plain = string.Join("\n", signatures) + (summary is null ? "" : "\n\n" + summary);
        var markdown = "```csharp\n" + string.Join("\n", signatures) + "\n```" + (summary is null ? "" : "\n\n" + summary);
        return new JsonObject
        {
            ["status"] = "ok",
            ["found"] = true,
            ["data"] = new JsonObject { ["text/plain"] = plain, ["text/markdown"] = markdown },
            ["metadata"] = new JsonObject(),
        };
    }

    private static List<ISymbol> SymbolsAt(SubmissionSemantics semantics, int position)
    {
        var model = semantics.Model;
        // The word the cursor is in or just after.
        var token = semantics.Root.FindToken(Math.Min(position, Math.Max(semantics.Root.FullSpan.End - 1, 0)));
        if (!IsWord(token) || token.SpanStart > position) token = semantics.Root.FindToken(Math.Max(position - 1, 0));
        if (IsWord(token) && token.Parent is { } node)
        {
            var found = Resolve(model, node);
            if (found.Count > 0) return found;
        }
        // Inside a call's parentheses: the method called.
        for (var around = token.Parent; around is not null; around = around.Parent)
        {
            if (around is ArgumentListSyntax { Parent: InvocationExpressionSyntax call }) return Resolve(model, call.Expression);
            if (around is ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation }) return Resolve(model, creation);
            if (around is StatementSyntax) break;
        }
        return [];
    }

    private static bool IsWord(SyntaxToken token) =>
        token.IsKind(SyntaxKind.IdentifierToken) || SyntaxFacts.IsPredefinedType(token.Kind());

    private static List<ISymbol> Resolve(SemanticModel model, SyntaxNode node)
    {
        // A declaration names its own symbol; a use binds to one, or to its candidates (overloads not yet decided).
        if (model.GetDeclaredSymbol(node) is { } declared) return [declared];
        var info = model.GetSymbolInfo(node);
        if (info.Symbol is { } symbol) return [symbol];
        if (!info.CandidateSymbols.IsEmpty) return info.CandidateSymbols.ToList();
        var group = model.GetMemberGroup(node);
        if (!group.IsEmpty) return group.ToList();
        return model.GetTypeInfo(node).Type is { TypeKind: not TypeKind.Error } type ? [type] : [];
    }
}

using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// complete_request through Roslyn: after a dot, the members of what stands before it (instance members of a value,
/// static members and nested types of a type, the contents of a namespace, extension methods included); elsewhere the
/// symbols in scope and C# keywords. The word being typed, from cursor_start to cursor_end, filters them (ignoring
/// case); each match's kind goes in metadata._jupyter_types_experimental.
/// </summary>
internal static class Completions
{
    private static readonly ImmutableArray<string> Keywords = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds())
        .Select(SyntaxFacts.GetText).Where(k => k.Length > 0 && char.IsLetter(k[0])).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();

    public static JsonObject Reply(SubmissionSemantics semantics, string code, int cursorCodePoints)
    {
        var position = CodePoints.ToUtf16(code, cursorCodePoints);
        var (start, dot) = WordBefore(semantics.Root, position);
        var prefix = code[start..position];
        var candidates = dot is { } after ? Members(semantics.Model, after, position) : InScope(semantics.Model, position);
        var matches = candidates
            .Where(c => c.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var cursorStart = CodePoints.FromUtf16(code, start);
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(matches.Select(m => (JsonNode?)JsonValue.Create(m.Name)).ToArray()),
            ["cursor_start"] = cursorStart,
            ["cursor_end"] = cursorCodePoints,
            ["metadata"] = new JsonObject
            {
                ["_jupyter_types_experimental"] = new JsonArray(matches.Select(m => (JsonNode?)new JsonObject
                {
                    ["start"] = cursorStart, ["end"] = cursorCodePoints, ["text"] = m.Name, ["type"] = m.Kind,
                }).ToArray()),
            },
        };
    }

    private sealed record Candidate(string Name, string Kind);

    /// <summary>Where the word at the cursor starts, and the dot before it if it follows one.</summary>
    private static (int Start, SyntaxToken? Dot) WordBefore(SyntaxNode root, int position)
    {
        var token = root.FindToken(Math.Max(position - 1, 0));
        var inWord = (token.IsKind(SyntaxKind.IdentifierToken) || SyntaxFacts.IsKeywordKind(token.Kind()))
            && token.Span.Start < position && token.Span.End >= position;
        var start = inWord ? token.SpanStart : position;
        var before = inWord ? token.GetPreviousToken() : token.Span.End <= position ? token : token.GetPreviousToken();
        return (start, before.IsKind(SyntaxKind.DotToken) ? before : null);
    }

    private static IEnumerable<Candidate> InScope(SemanticModel model, int position) =>
        model.LookupSymbols(position).Where(s => s.CanBeReferencedByName).Select(s => new Candidate(s.Name, SymbolKinds.Of(s)))
            .Concat(Keywords.Select(k => new Candidate(k, "keyword")));

    private static IEnumerable<Candidate> Members(SemanticModel model, SyntaxToken dot, int position)
    {
        var left = dot.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            QualifiedNameSyntax name => name.Left,
            _ => null,
        };
        if (left is null) return [];
        IEnumerable<ISymbol> members = model.GetSymbolInfo(left).Symbol switch
        {
            INamespaceSymbol space => model.LookupNamespacesAndTypes(position, space),
            ITypeSymbol type => model.LookupStaticMembers(position, type),
            _ => model.GetTypeInfo(left).Type is { TypeKind: not TypeKind.Error } valueType
                ? model.LookupSymbols(position, valueType, includeReducedExtensionMethods: true)
                    .Where(s => !s.IsStatic || s is IMethodSymbol { ReducedFrom: not null })
                : [],
        };
        return members.Where(s => s.CanBeReferencedByName).Select(s => new Candidate(s.Name, SymbolKinds.Of(s)));
    }
}

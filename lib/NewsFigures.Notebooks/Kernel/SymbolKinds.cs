using Microsoft.CodeAnalysis;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>A symbol's kind in the words of editors' completion lists (LSP's CompletionItemKind, lower case), which
/// JupyterLab and VS Code turn into icons.</summary>
internal static class SymbolKinds
{
    public static string Of(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } => "constructor",
        IMethodSymbol => "method",
        IPropertySymbol => "property",
        IFieldSymbol { IsConst: true } => "constant",
        IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } => "enummember",
        // Script variables are fields of the submission classes: to the user they are variables.
        IFieldSymbol { ContainingType.IsScriptClass: true } => "variable",
        IFieldSymbol => "field",
        IEventSymbol => "event",
        ILocalSymbol or IRangeVariableSymbol => "variable",
        IParameterSymbol => "variable",
        INamespaceSymbol => "module",
        ITypeParameterSymbol => "typeparameter",
        INamedTypeSymbol { TypeKind: TypeKind.Interface } => "interface",
        INamedTypeSymbol { TypeKind: TypeKind.Struct } => "struct",
        INamedTypeSymbol { TypeKind: TypeKind.Enum } => "enum",
        INamedTypeSymbol => "class",
        _ => "text",
    };
}

using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.CodeAnalysis;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// The summary of a symbol's XML documentation, found where .NET keeps it: comments in the cell's own source, the .xml
/// beside a referenced assembly (our libraries, NuGet packages), or the .NET reference pack's files for the framework
/// (by assembly name, namespace, then System.Runtime, since the runtime's types live in other assemblies than their
/// reference ones). Files are read once per kernel, keeping summaries only.
/// </summary>
internal sealed partial class XmlDocumentation
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> files = new(StringComparer.Ordinal);
    private readonly Lazy<string?> referencePack = new(FindReferencePack);

    public string? Summary(ISymbol symbol, Compilation compilation)
    {
        if (symbol is IMethodSymbol { ReducedFrom: { } extension }) symbol = extension;
        symbol = symbol.OriginalDefinition;
        if (symbol.GetDocumentationCommentXml() is { Length: > 0 } own && SummaryOf(own) is { } written) return written;
        if (symbol.GetDocumentationCommentId() is not { } id || symbol.ContainingAssembly is null) return null;
        foreach (var file in Candidates(symbol, compilation))
            if (Summaries(file).TryGetValue(id, out var summary)) return summary;
        return null;
    }

    private IEnumerable<string> Candidates(ISymbol symbol, Compilation compilation)
    {
        if (compilation.GetMetadataReference(symbol.ContainingAssembly) is PortableExecutableReference { FilePath: { } dll })
            yield return Path.ChangeExtension(dll, ".xml");
        if (referencePack.Value is not { } pack) yield break;
        yield return Path.Combine(pack, symbol.ContainingAssembly.Name + ".xml");
        for (var space = symbol.ContainingNamespace; space is { IsGlobalNamespace: false }; space = space.ContainingNamespace)
            yield return Path.Combine(pack, space.ToDisplayString() + ".xml");
        yield return Path.Combine(pack, "System.Runtime.xml");
    }

    private IReadOnlyDictionary<string, string> Summaries(string file)
    {
        lock (files)
        {
            if (!files.TryGetValue(file, out var summaries)) files[file] = summaries = Read(file);
            return summaries;
        }
    }

    private static IReadOnlyDictionary<string, string> Read(string file)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(file)) return summaries;
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreComments = true });
            while (reader.ReadToFollowing("member"))
            {
                if (reader.GetAttribute("name") is not { } name) continue;
                if (SummaryOf(reader.ReadOuterXml()) is { } summary) summaries[name] = summary;
            }
        }
        catch (XmlException)
        {
            // A damaged documentation file documents nothing.
        }
        return summaries;
    }

    /// <summary>The summary as plain text: a cref shows its name, a paramref or langword its word, whitespace collapsed.</summary>
    private static string? SummaryOf(string memberXml)
    {
        var start = memberXml.IndexOf("<summary>", StringComparison.Ordinal);
        var end = memberXml.IndexOf("</summary>", StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        var inner = memberXml[(start + "<summary>".Length)..end];
        inner = Reference().Replace(inner, m => m.Groups["target"].Value.Split(['.', ':']).Last().Split('`')[0]);
        inner = Tag().Replace(inner, "");
        var text = Space().Replace(System.Net.WebUtility.HtmlDecode(inner), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>This runtime's reference pack folder (packs/Microsoft.NETCore.App.Ref/VERSION/ref/netX.Y), when an SDK is installed.</summary>
    private static string? FindReferencePack()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory(); // .../shared/Microsoft.NETCore.App/10.0.x/
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs)) return null;
        var framework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        return Directory.EnumerateDirectories(packs)
            .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) && v.Major == Environment.Version.Major)
            .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
            .Select(d => Path.Combine(d, "ref", framework))
            .FirstOrDefault(Directory.Exists);
    }

    [GeneratedRegex("""<(?:see|seealso)\s+(?:cref|langword|href)="(?<target>[^"]*)"\s*/>|<(?:paramref|typeparamref)\s+name="(?<target>[^"]*)"\s*/>""")]
    private static partial Regex Reference();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

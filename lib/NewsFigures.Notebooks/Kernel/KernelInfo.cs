using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using NewsFigures.Jupyter;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>What the kernel says it is (kernel_info_reply). Cheap: no Roslyn compilation, so it answers before warm-up.</summary>
internal static class KernelInfo
{
    public static JsonObject Reply()
    {
        var version = typeof(KernelInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
        var csharp = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();
        return new JsonObject
        {
            ["status"] = "ok",
            ["protocol_version"] = MessageHeader.ProtocolVersion,
            ["implementation"] = "newsfigures",
            ["implementation_version"] = version,
            ["language_info"] = new JsonObject
            {
                ["name"] = "csharp",
                ["version"] = csharp,
                ["mimetype"] = "text/x-csharp",
                ["file_extension"] = ".cs",
                ["pygments_lexer"] = "csharp",
                ["codemirror_mode"] = "text/x-csharp",
            },
            ["banner"] = $"NewsFigures C# kernel {version}: C# {csharp} on .NET {Environment.Version}, Roslyn scripting with .NET Interactive's conventions.",
            ["help_links"] = new JsonArray
            {
                new JsonObject { ["text"] = "C# language", ["url"] = "https://learn.microsoft.com/dotnet/csharp/" },
                new JsonObject { ["text"] = ".NET API browser", ["url"] = "https://learn.microsoft.com/dotnet/api/" },
                new JsonObject { ["text"] = "Polyglot Notebooks (the dialect)", ["url"] = "https://github.com/dotnet/interactive" },
            },
            ["debugger"] = false,
        };
    }
}

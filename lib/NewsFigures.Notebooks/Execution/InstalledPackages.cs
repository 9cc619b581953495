using System.Net;
using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Execution;

/// <summary>What a cell with #r "nuget: ..." shows, as .NET Interactive shows it: the packages installed, with versions.</summary>
internal static class InstalledPackages
{
    public static JsonObject Bundle(IReadOnlyList<RestoredPackage> packages) => new()
    {
        ["text/html"] = "<div><strong>Installed Packages</strong><ul>"
            + string.Concat(packages.Select(p => $"<li><span>{WebUtility.HtmlEncode(p.Id)}, {WebUtility.HtmlEncode(p.Version)}</span></li>"))
            + "</ul></div>",
        ["text/plain"] = "Installed Packages: " + string.Join("; ", packages.Select(p => $"{p.Id}, {p.Version}")),
    };
}

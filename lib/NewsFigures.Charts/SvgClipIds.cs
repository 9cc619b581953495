using System.Text.RegularExpressions;

namespace NewsFigures.Charts;

/// <summary>
/// Skia's SVG canvas numbers clip paths from a process-wide hex counter, so the same chart would give different
/// bytes on a second draw; renumbering them in order of appearance makes the SVG depend on the chart only.
/// </summary>
internal static partial class SvgClipIds
{
    [GeneratedRegex(@"\bcl_([0-9a-f]+)\b")]
    private static partial Regex ClipId();

    public static string Normalize(string svg)
    {
        var renumbered = new Dictionary<string, int>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!renumbered.TryGetValue(m.Groups[1].Value, out var n))
                renumbered[m.Groups[1].Value] = n = renumbered.Count;
            return "cl_" + n;
        });
    }
}

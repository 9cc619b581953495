using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>The inputs of one kernel session that asked to be stored, by execution count, for history_request.</summary>
internal sealed class InputHistory(int session)
{
    private readonly Lock gate = new();
    private readonly List<(int Line, string Input)> entries = [];

    public void Add(int line, string input)
    {
        lock (gate) entries.Add((line, input));
    }

    /// <summary>The history list of a history_reply: [session, line, input] (or [session, line, [input, null]] when
    /// output is asked for: outputs are not kept). "tail" takes the last n; "range" the lines start to stop (exclusive)
    /// of this session (0 means this one, as in IPython; earlier sessions are not kept); "search" a glob pattern, optionally unique.</summary>
    public JsonArray Reply(JsonObject content)
    {
        List<(int Line, string Input)> all;
        lock (gate) all = entries.ToList();
        var n = RequestFields.Number(content, "n");
        IEnumerable<(int Line, string Input)> chosen = RequestFields.Text(content, "hist_access_type") switch
        {
            "tail" => n is { } last ? all.TakeLast(Math.Max(last, 0)) : all,
            "range" => (RequestFields.Number(content, "session") ?? 0) is 0 || RequestFields.Number(content, "session") == session
                ? all.Where(e => e.Line >= (RequestFields.Number(content, "start") ?? 0)
                                 && (RequestFields.Number(content, "stop") is not { } stop || e.Line < stop))
                : [],
            "search" => Search(all, RequestFields.Text(content, "pattern", "*"), RequestFields.Flag(content, "unique", false), n),
            _ => [],
        };
        var output = RequestFields.Flag(content, "output", false);
        return new JsonArray(chosen.Select(e => (JsonNode?)new JsonArray(session, e.Line,
            output ? new JsonArray(e.Input, null) : JsonValue.Create(e.Input))).ToArray());
    }

    private static IEnumerable<(int Line, string Input)> Search(List<(int Line, string Input)> all, string pattern, bool unique, int? n)
    {
        var glob = new Regex("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        var found = all.Where(e => glob.IsMatch(e.Input)).ToList();
        if (unique) found = found.GroupBy(e => e.Input, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(e => e.Line).ToList();
        return n is { } last ? found.TakeLast(Math.Max(last, 0)) : found;
    }
}

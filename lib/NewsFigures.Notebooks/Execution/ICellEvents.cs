using System.Text.Json.Nodes;

namespace NewsFigures.Notebooks.Execution;

/// <summary>
/// What a running cell produces, as it happens, for a host that shows outputs live (the Jupyter kernel sends each as an
/// iopub message). The runner collects the same outputs into the executed notebook either way.
/// </summary>
internal interface ICellEvents
{
    /// <summary>Text written to "stdout" or "stderr", as written.</summary>
    void Stream(string name, string text);

    /// <summary>A display_data output; <paramref name="displayId"/> lets a later update replace it.</summary>
    void Display(JsonObject bundle, string? displayId);

    /// <summary>An update_display_data: replaces the output shown under <paramref name="displayId"/>.</summary>
    void Update(JsonObject bundle, string displayId);

    /// <summary>The value the cell ends with (execute_result).</summary>
    void Result(JsonObject bundle, int executionCount);

    void Error(string name, string message, IReadOnlyList<string> traceback);

    /// <summary>A line the cell reads from Console.In; null when the host cannot ask anyone.</summary>
    string? Input(string prompt, bool password);
}

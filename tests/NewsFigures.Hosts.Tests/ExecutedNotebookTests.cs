namespace NewsFigures.Hosts.Tests;

/// <summary>Reading an executed notebook as nbconvert and our runner write it.</summary>
public sealed class ExecutedNotebookTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("newsfigures-hosts-read-").FullName;

    [Fact]
    public void Plotly_json_may_be_an_object_or_a_string_as_the_dotnet_interactive_tool_sends_it()
    {
        var path = Write("""
            {"cells": [
              {"cell_type": "code", "metadata": {}, "source": [], "outputs": [
                {"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"application/vnd.plotly.v1+json": {"data": []}}},
                {"output_type": "display_data", "metadata": {}, "data": {"application/vnd.plotly.v1+json": "{\"data\": []}"}}
              ]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);

        var outputs = ExecutedNotebook.Read(path).Single().Outputs;

        Assert.Equal(["value", "display"], outputs.Select(o => o.Kind));
        Assert.Equal("{\"data\":[]}", outputs[0]["application/vnd.plotly.v1+json"]);
        Assert.Equal("{\"data\": []}", outputs[1]["application/vnd.plotly.v1+json"]);
        Assert.All(outputs, o => Assert.Equal("plotly", Rendering.Of(o)));
    }

    [Fact]
    public void Cells_are_numbered_from_one_counting_markdown_and_skipping_our_runner_s_error_banner()
    {
        var path = Write("""
            {"cells": [
              {"cell_type": "markdown", "metadata": {"tags": ["notebook-error-banner"]}, "source": "Execution stopped at cell 2"},
              {"cell_type": "markdown", "metadata": {}, "source": "# Title"},
              {"cell_type": "code", "metadata": {}, "source": "1/0", "outputs": [
                {"output_type": "stream", "name": "stdout", "text": ["a\n", "b\n"]},
                {"output_type": "error", "ename": "DivideByZeroException", "evalue": "Attempted to divide by zero.", "traceback": ["at Submission#0"]}
              ]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);

        var cells = ExecutedNotebook.Read(path);

        Assert.Equal([1, 2], cells.Select(c => c.Cell));
        Assert.Equal(["stream", "error"], cells[1].Outputs.Select(o => o.Kind));
        Assert.Equal("a\nb\n", cells[1].Outputs[0]["text/plain"]);
        Assert.Equal("DivideByZeroException: Attempted to divide by zero.\nat Submission#0", cells[1].Outputs[1]["text/plain"]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(folder, "executed.ipynb");
        File.WriteAllText(path, json);
        return path;
    }
}

namespace NewsFigures.Notebooks.Tests;

public class NotebookFormatTests
{
    [Theory]
    [InlineData("polyglot-4.5.ipynb")]
    [InlineData("jupyter-4.4.ipynb")]
    public void A_notebook_written_by_nbformat_reads_and_writes_back_byte_for_byte(string fixture)
    {
        var original = Fixtures.Text(fixture);

        var written = Notebook.Parse(original, fixture).ToJson();

        Assert.Equal(original, written);
    }

    [Fact]
    public void Polyglot_and_unknown_metadata_survive_a_round_trip()
    {
        var notebook = Notebook.Parse(Notebook.Parse(Fixtures.Text(Fixtures.Polyglot)).ToJson());

        var code = notebook.Cells[2];
        Assert.Equal("csharp", (string?)code.Metadata["dotnet_interactive"]!["language"]);
        Assert.Equal("csharp", (string?)code.Metadata["polyglot_notebook"]!["kernelName"]);
        Assert.Equal("polyglot-notebook", (string?)code.Metadata["vscode"]!["languageId"]);
        Assert.Equal(2.5, (double)code.Metadata["custom_tool"]!["nested"]![1]!);
        Assert.Equal(42, (int)notebook.Metadata["unknown_tool"]!["answer"]!);
        Assert.Equal("kept", (string?)code.Outputs[1].Json["metadata"]!["custom"]);
        Assert.NotNull(notebook.Cells[1].Extra["attachments"]);
    }

    [Fact]
    public void Reading_joins_multiline_fields_into_one_string()
    {
        var notebook = Notebook.Parse(Fixtures.Text(Fixtures.Polyglot));

        var code = notebook.Cells[2];
        Assert.Equal("#!csharp\nvar year = 2024;\nConsole.WriteLine(\"line one\");", code.Source);
        Assert.Equal("line one\nline two\n", code.Outputs[0].Text);
        Assert.Equal("<table>\n<tr><td>1</td></tr>\n</table>", (string?)code.Outputs[1].Data!["text/html"]);
        Assert.Equal(["parameters"], code.Tags);
        Assert.Equal(1, code.ExecutionCount);
        Assert.Equal("", notebook.Cells[3].Source);
        Assert.Equal(CellKind.Raw, notebook.Cells[4].Kind);
        Assert.Equal("中国 AI compute — growth 📈", notebook.Title);
    }

    [Fact]
    public void A_new_csharp_notebook_carries_the_polyglot_kernelspec_and_cell_metadata()
    {
        var json = Notebook.CSharp(NotebookCell.Markdown("# T", "m1"), NotebookCell.Code("1 + 1", "c1")).ToJson();

        var root = JsonNode.Parse(json)!;
        Assert.Equal(".net-csharp", (string?)root["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal(".NET (C#)", (string?)root["metadata"]!["kernelspec"]!["display_name"]);
        Assert.Equal("C#", (string?)root["metadata"]!["kernelspec"]!["language"]);
        Assert.Equal("csharp", (string?)root["metadata"]!["language_info"]!["name"]);
        Assert.Equal("csharp", (string?)root["cells"]![1]!["metadata"]!["polyglot_notebook"]!["kernelName"]);
        Assert.Equal(4, (int)root["nbformat"]!);
        Assert.Equal(5, (int)root["nbformat_minor"]!);
        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",", json);
        Assert.EndsWith("}\n", json);
    }

    [Fact]
    public void Bad_input_names_the_file_and_the_cell()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            Notebook.Parse("""{"cells": [{"cell_type": "code", "source": ""}, {"cell_type": "widget"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "bad.ipynb"));

        Assert.Equal("bad.ipynb, cell 2: unknown cell_type 'widget'.", error.Message);
    }

    [Fact]
    public void Nbformat_3_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidDataException>(() => Notebook.Parse("""{"nbformat": 3, "worksheets": []}""", "old.ipynb"));

        Assert.Equal("old.ipynb: nbformat 3 is not supported; only nbformat 4 is.", error.Message);
    }
}

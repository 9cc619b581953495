using System.Text;

namespace NewsFigures.Notebooks.Tests;

/// <summary>
/// What a user sees for each way a notebook can be broken: one line naming the file, the cell (counted from 1) and
/// the field. Fields are addressed by JSON Pointer into the Polyglot fixture (counted from 0, '~1' for '/').
/// </summary>
public class MalformedNotebookTests
{
    private const string Origin = "x.ipynb";

    [Theory]
    [InlineData("", "[]", "x.ipynb: a notebook must be a JSON object, not an array.")]
    [InlineData("/nbformat", null, "x.ipynb: 'nbformat' is missing.")]
    [InlineData("/nbformat", "\"4\"", "x.ipynb: 'nbformat' must be an integer, not a string.")]
    [InlineData("/nbformat_minor", "\"5\"", "x.ipynb: 'nbformat_minor' must be an integer, not a string.")]
    [InlineData("/metadata", "[]", "x.ipynb: 'metadata' must be an object, not an array.")]
    [InlineData("/cells", "{}", "x.ipynb: 'cells' must be an array, not an object.")]
    [InlineData("/cells/0", "\"# title\"", "x.ipynb, cell 1: a cell must be a JSON object, not a string.")]
    [InlineData("/cells/2/cell_type", null, "x.ipynb, cell 3: 'cell_type' is missing.")]
    [InlineData("/cells/2/id", "{}", "x.ipynb, cell 3: 'id' must be a string, not an object.")]
    [InlineData("/cells/2/execution_count", "1.5", "x.ipynb, cell 3: 'execution_count' must be an integer, not a number (1.5).")]
    [InlineData("/cells/2/source", "[\"a\", 2]", "x.ipynb, cell 3: 'source' must be a string or a list of strings; item 2 is a number (2).")]
    [InlineData("/cells/2/metadata", "\"csharp\"", "x.ipynb, cell 3: 'metadata' must be an object, not a string.")]
    [InlineData("/cells/2/metadata/tags", "\"parameters\"", "x.ipynb, cell 3: 'metadata.tags' must be a list of strings, not a string.")]
    [InlineData("/cells/2/metadata/tags", "[\"parameters\", null]", "x.ipynb, cell 3: 'metadata.tags' must be a list of strings; item 2 is null.")]
    [InlineData("/cells/2/metadata/polyglot_notebook/kernelName", "[\"csharp\"]",
        "x.ipynb, cell 3: 'metadata.polyglot_notebook.kernelName' must be a string, not an array.")]
    [InlineData("/cells/2/metadata/dotnet_interactive", "\"csharp\"", "x.ipynb, cell 3: 'metadata.dotnet_interactive' must be an object, not a string.")]
    [InlineData("/cells/4/metadata/format", "true", "x.ipynb, cell 5: 'metadata.format' must be a string, not a boolean.")]
    [InlineData("/cells/2/outputs", "{}", "x.ipynb, cell 3: 'outputs' must be an array, not an object.")]
    [InlineData("/cells/2/outputs/0", "\"line one\"", "x.ipynb, cell 3, output 1: an output must be a JSON object, not a string.")]
    [InlineData("/cells/2/outputs/0/output_type", null, "x.ipynb, cell 3, output 1: 'output_type' is missing.")]
    [InlineData("/cells/2/outputs/0/output_type", "\"widget\"",
        "x.ipynb, cell 3, output 1: unknown output_type 'widget'; nbformat 4 has stream, display_data, execute_result and error.")]
    [InlineData("/cells/2/outputs/0/name", "7", "x.ipynb, cell 3, output 1: 'name' must be a string, not a number (7).")]
    [InlineData("/cells/2/outputs/0/text", "{}", "x.ipynb, cell 3, output 1: 'text' must be a string or a list of strings, not an object.")]
    [InlineData("/cells/2/outputs/1/data", "[]", "x.ipynb, cell 3, output 2: 'data' must be an object, not an array.")]
    [InlineData("/cells/2/outputs/1/data/text~1html", "5",
        "x.ipynb, cell 3, output 2: 'data.text/html' must be a string or a list of strings, not a number (5).")]
    [InlineData("/cells/2/outputs/1/execution_count", "\"1\"", "x.ipynb, cell 3, output 2: 'execution_count' must be an integer, not a string.")]
    [InlineData("/cells/2/outputs/2/ename", "false", "x.ipynb, cell 3, output 3: 'ename' must be a string, not a boolean.")]
    [InlineData("/cells/2/outputs/2/traceback", "\"boom\"", "x.ipynb, cell 3, output 3: 'traceback' must be a list of strings, not a string.")]
    [InlineData("/cells/2/outputs/2/traceback/1", "{}", "x.ipynb, cell 3, output 3: 'traceback' must be a list of strings; item 2 is an object.")]
    [InlineData("/cells/1/attachments/logo.png/image~1png", "[1]",
        "x.ipynb, cell 2: 'attachments.logo.png.image/png' must be a string or a list of strings; item 1 is a number (1).")]
    [InlineData("/cells/2/cell_type", "\"widget\\nx\"", "x.ipynb, cell 3: unknown cell_type 'widget\\u000ax'.")]
    public void A_field_of_the_wrong_kind_is_named_with_its_cell(string pointer, string? value, string expected)
    {
        var json = PolyglotWith(pointer, value);

        Assert.Equal(expected, Refused(json));
    }

    [Theory]
    [InlineData("/cells/2/id", null)]                       // nbformat 4.4 cells have no id
    [InlineData("/cells/2/id", "null")]
    [InlineData("/cells/2/execution_count", "null")]        // a cell that has not run
    [InlineData("/cells/2/source", "\"one string\"")]       // source as a string rather than a list of lines
    [InlineData("/cells/2/metadata", null)]
    [InlineData("/cells/2/metadata/tags", "[]")]
    [InlineData("/cells/2/metadata/polyglot_notebook", null)]
    [InlineData("/cells/2/outputs/2/traceback", "[]")]
    [InlineData("/cells/2/outputs/1/data/application~1vnd.custom+json", "{\"any\": [1, {\"json\": null}]}")]
    [InlineData("/cells/2/some_tool", "[1, 2]")]            // keys nbformat does not know are kept
    [InlineData("/nbformat_minor", null)]
    [InlineData("/metadata", null)]
    public void What_nbformat_allows_still_reads_and_writes_back(string pointer, string? value)
    {
        var notebook = Notebook.Parse(PolyglotWith(pointer, value), Origin);

        var written = notebook.ToJson();
        Assert.Equal(written, Notebook.Parse(written).ToJson());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void An_empty_file_says_so(string text) =>
        Assert.Equal("x.ipynb: the notebook is empty; it should be a JSON object.", Refused(text));

    [Fact]
    public void A_truncated_file_names_the_line_where_the_json_stops()
    {
        var text = Fixtures.Text(Fixtures.Polyglot);

        var message = Refused(text[..(text.Length / 2)]);

        Assert.StartsWith("x.ipynb: not valid JSON (line 85): ", message);
    }

    [Fact]
    public void Nesting_deeper_than_any_notebook_needs_is_refused_before_it_is_built()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var message = Refused($$"""{"cells": [], "metadata": {"deep": {{deep}}}, "nbformat": 4, "nbformat_minor": 5}""");

        Assert.Equal("x.ipynb: JSON nested more than 64 levels deep at line 1; a notebook never needs that.", message);
    }

    [Fact]
    public void A_notebook_saved_as_latin_1_is_not_utf_8()
    {
        var text = Fixtures.Text(Fixtures.Polyglot).Replace("Tabs", "Tabs café", StringComparison.Ordinal);

        var message = Assert.Throws<InvalidDataException>(() => Notebook.Parse(Encoding.Latin1.GetBytes(text), Origin)).Message;

        Assert.Equal("x.ipynb: not UTF-8 text: byte 0xE9 at line 10 is not part of a character; save the notebook as UTF-8.", message);
    }

    [Fact]
    public void A_binary_file_is_named_as_such()
    {
        using var dir = new TempDirectory();
        var path = dir["chart.ipynb"];
        File.WriteAllBytes(path, Convert.FromBase64String(FakeChart.OnePixelPng));

        var message = Assert.Throws<InvalidDataException>(() => Notebook.Load(path)).Message;

        Assert.Equal($"{path}: a NUL byte at line 3; a notebook is UTF-8 JSON text, and this looks like a binary file.", message);
    }

    [Fact]
    public void A_key_given_twice_is_refused_with_its_line()
    {
        var message = Refused("{\"cells\": [],\n\"nbformat\": 4,\n\"nbformat\": 4}");

        Assert.Equal("x.ipynb: the key 'nbformat' appears twice in one object at line 3.", message);
    }

    [Fact]
    public void Half_a_surrogate_pair_is_not_text()
    {
        var message = Refused("""{"cells": [{"cell_type": "markdown", "source": "\ud83d"}], "nbformat": 4}""");

        Assert.Equal("x.ipynb: a string at line 1 escapes half a surrogate pair (\\ud800-\\udfff alone); that is not Unicode text.", message);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_as_editors_write_it()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Fixtures.Bytes(Fixtures.Polyglot)).ToArray();

        Assert.Equal(Fixtures.Text(Fixtures.Polyglot), Notebook.Parse(bytes, Origin).ToJson());
    }

    private static string Refused(string json) => Assert.Throws<InvalidDataException>(() => Notebook.Parse(json, Origin)).Message;

    /// <summary>The Polyglot fixture with the value at <paramref name="pointer"/> set to <paramref name="value"/> (JSON text), or removed when null.</summary>
    private static string PolyglotWith(string pointer, string? value) => JsonEdits.Apply(Fixtures.Text(Fixtures.Polyglot), [(pointer, value)]);
}

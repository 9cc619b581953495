using NewsFigures.Notebooks.Kernel;

namespace NewsFigures.Notebooks.Tests;

/// <summary>The C# kernel's parts that need no kernel: positions, completeness, history. (The kernel itself is tested
/// through Jupyter clients in NewsFigures.Jupyter.Tests.)</summary>
public class KernelPartsTests
{
    [Theory]
    [InlineData("abc", 2, 2)]
    [InlineData("a\U0001D465b", 2, 3)]   // 𝑥 is one code point, two UTF-16 units
    [InlineData("a\U0001D465b", 3, 4)]
    [InlineData("ab", 9, 2)]              // past the end: clamped
    public void Cursor_positions_count_code_points(string text, int codePoints, int utf16)
    {
        Assert.Equal(utf16, CodePoints.ToUtf16(text, codePoints));
        Assert.Equal(Math.Min(codePoints, text.EnumerateRunes().Count()), CodePoints.FromUtf16(text, utf16));
    }

    [Theory]
    [InlineData("var x = 1;", "complete", null)]
    [InlineData("", "complete", null)]
    [InlineData("if (x) {", "incomplete", "    ")]
    [InlineData("foreach (var i in xs)\n{\n    if (i > 0) {", "incomplete", "        ")]
    [InlineData("var s = Method(1,", "incomplete", "")]
    [InlineData("var z = ;", "invalid", null)]
    public void Completeness_follows_roslyn(string code, string status, string? indent)
    {
        var reply = CompletenessCheck.Reply(code);
        Assert.Equal(status, reply["status"]!.GetValue<string>());
        Assert.Equal(indent, reply["indent"]?.GetValue<string>());
    }

    [Fact]
    public void History_answers_tail_range_and_search_of_its_session()
    {
        var history = new InputHistory(session: 2);
        history.Add(1, "var a = 1;");
        history.Add(2, "a - 1");
        history.Add(4, "var b = a;");
        static string Ask(InputHistory h, string json) => h.Reply(JsonNode.Parse(json)!.AsObject()).ToJsonString();
        Assert.Equal("""[[2,2,"a - 1"],[2,4,"var b = a;"]]""", Ask(history, """{"hist_access_type":"tail","n":2}"""));
        Assert.Equal("""[[2,1,"var a = 1;"],[2,2,"a - 1"]]""", Ask(history, """{"hist_access_type":"range","session":0,"start":1,"stop":4}"""));
        Assert.Equal("[]", Ask(history, """{"hist_access_type":"range","session":-1,"start":1}"""));
        Assert.Equal("""[[2,1,"var a = 1;"],[2,4,"var b = a;"]]""", Ask(history, """{"hist_access_type":"search","pattern":"var*"}"""));
        Assert.Equal("""[[2,4,["var b = a;",null]]]""", Ask(history, """{"hist_access_type":"tail","n":1,"output":true}"""));
    }
}

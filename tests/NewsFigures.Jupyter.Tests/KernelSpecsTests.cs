namespace NewsFigures.Jupyter.Tests;

public class KernelSpecsTests
{
    private static string Spec(string name) => $$"""{"argv": ["run", "{connection_file}"], "display_name": "{{name}}", "language": "x"}""";

    [Fact]
    public void The_search_order_is_jupyter_path_then_user_then_sys_prefix_then_system()
    {
        var variables = new Dictionary<string, string?> { ["JUPYTER_PATH"] = "/a:/b" };
        var paths = JupyterPaths.From(v => variables.GetValueOrDefault(v), "/home/ana", sysPrefix: "/opt/py");
        Assert.Equal(["/a", "/b", "/home/ana/.local/share/jupyter", "/opt/py/share/jupyter", "/usr/local/share/jupyter", "/usr/share/jupyter"],
            paths.DataDirectories);
        variables["JUPYTER_DATA_DIR"] = "/data";
        Assert.Equal("/data", JupyterPaths.From(v => variables.GetValueOrDefault(v), "/home/ana").DataDirectories[2]);
        Assert.Equal("/xdg/jupyter", JupyterPaths.UserDataDirectory(v => v == "XDG_DATA_HOME" ? "/xdg" : null, "/home/ana"));
    }

    [Fact]
    public void The_first_folder_holding_a_name_wins_and_unreadable_specs_are_skipped_with_a_reason()
    {
        using var temp = new TempDirectory();
        temp.Write("first/kernels/shared/kernel.json", Spec("first"));
        temp.Write("second/kernels/shared/kernel.json", Spec("second"));
        temp.Write("second/kernels/Other/kernel.json", Spec("other"));
        temp.Write("second/kernels/broken/kernel.json", """{"argv": []}""");
        temp.Write("second/kernels/empty-folder/readme.txt", "");
        var specs = new KernelSpecs(new JupyterPaths([temp["first"], temp["second"]]));
        var skipped = new List<string>();
        var found = specs.FindAll(skipped.Add);
        Assert.Equal([("other", "other"), ("shared", "first")], found.Select(s => (s.Name, s.DisplayName)));
        Assert.Equal([$"{temp["second/kernels/broken/kernel.json"]}: 'argv' must be a non-empty list of strings."], skipped);
        Assert.Equal(temp["first/kernels/shared"], specs.Find("shared").ResourceDirectory);
        Assert.StartsWith("no kernel named 'missing' in ", Assert.Throws<FileNotFoundException>(() => specs.Find("missing")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_reads_back_as_written()
    {
        using var temp = new TempDirectory();
        var spec = new KernelSpec("k", temp["k"], ["dotnet", "k.dll", "{connection_file}"], "K", "C#")
        {
            InterruptMode = "message", Env = new Dictionary<string, string> { ["A"] = "1" }, Metadata = new JsonObject { ["x"] = 1 },
        };
        temp.Write("k/kernel.json", spec.ToJson());
        var read = KernelSpec.Load(temp["k"]);
        Assert.Equal(spec.Argv, read.Argv);
        Assert.Equal(("K", "C#", "message", "1", 1),
            (read.DisplayName, read.Language, read.InterruptMode, read.Env["A"], read.Metadata["x"]!.GetValue<int>()));
    }
}

namespace NewsFigures.Jupyter.Tests;

public class ConnectionInfoTests
{
    private static readonly ConnectionInfo Sample = new()
    {
        Ip = "127.0.0.1", ShellPort = 50001, IoPubPort = 50002, StdinPort = 50003, ControlPort = 50004, HeartbeatPort = 50005,
        Key = "a0b1c2", KernelName = "newsfigures-csharp",
    };

    [Fact]
    public void A_saved_file_reads_back_the_same_and_only_its_owner_may_read_it()
    {
        using var temp = new TempDirectory();
        var path = temp["runtime/kernel-1.json"];
        Sample.Save(path);
        Assert.Equal(Sample, ConnectionInfo.Load(path));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Reads_what_jupyter_client_writes()
    {
        var info = ConnectionInfo.Parse("""
            {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "ip": "127.0.0.1",
             "key": "k", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": ""}
            """, "kernel-x.json");
        Assert.Equal(("tcp://127.0.0.1:1", "tcp://127.0.0.1:5"), (info.Endpoint(info.ShellPort), info.Endpoint(info.HeartbeatPort)));
        Assert.Equal("ipc://kernel-3", (info with { Transport = "ipc", Ip = "kernel" }).Endpoint(3));
    }

    [Theory]
    [InlineData("""{"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}""", "kernel.json: 'shell_port' is missing.")]
    [InlineData("""{"shell_port":"1","iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}""", "kernel.json: 'shell_port' must be a port number (0-65535), not \"1\".")]
    [InlineData("""{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":70000}""", "kernel.json: 'hb_port' must be a port number (0-65535), not 70000.")]
    [InlineData("""{"transport":"udp"}""", "kernel.json: 'transport' must be \"tcp\" or \"ipc\", not \"udp\".")]
    [InlineData("""{"signature_scheme":"hmac-md5"}""", "kernel.json: 'signature_scheme' \"hmac-md5\" is not supported; use \"hmac-sha256\".")]
    [InlineData("""{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"key":5}""", "kernel.json: 'key' must be a string, not number.")]
    [InlineData("[1]", "kernel.json: a connection file is a JSON object.")]
    [InlineData("{", "kernel.json: not JSON (Expected depth to be zero at the end of the JSON payload).")]
    public void A_malformed_file_is_one_line_naming_the_file_and_field(string json, string message) =>
        Assert.Equal(message, Assert.Throws<InvalidDataException>(() => ConnectionInfo.Parse(json, "kernel.json")).Message);

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ConnectionInfo.Load("/nonexistent/kernel-9.json"));
        Assert.Equal("/nonexistent/kernel-9.json: no such connection file.", error.Message);
    }

    [Fact]
    public void Its_text_form_leaves_the_key_out() =>
        Assert.DoesNotContain("a0b1c2", Sample.ToString(), StringComparison.Ordinal);
}

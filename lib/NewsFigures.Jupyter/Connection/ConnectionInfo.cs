using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter;

/// <summary>
/// A kernel's connection file: where its five sockets listen and the key messages are signed with. Read from what a
/// Jupyter client wrote, or written by our launcher. <see cref="ToString"/> leaves the key out: it is a secret.
/// </summary>
public sealed record ConnectionInfo
{
    public const string Tcp = "tcp";
    public const string Ipc = "ipc";
    public const string HmacSha256 = "hmac-sha256";

    public string Transport { get; init; } = Tcp;

    /// <summary>The address every socket binds to; 127.0.0.1 unless the file says otherwise.</summary>
    public string Ip { get; init; } = "127.0.0.1";

    public int ShellPort { get; init; }
    public int IoPubPort { get; init; }
    public int StdinPort { get; init; }
    public int ControlPort { get; init; }
    public int HeartbeatPort { get; init; }
    public string SignatureScheme { get; init; } = HmacSha256;

    /// <summary>The HMAC key; empty means messages go unsigned, as the protocol allows.</summary>
    public string Key { get; init; } = "";

    public string? KernelName { get; init; }

    /// <summary>The ZeroMQ endpoint of one port, as libzmq and jupyter_client spell it.</summary>
    public string Endpoint(int port) => Transport == Ipc
        ? $"ipc://{Ip}-{port.ToString(CultureInfo.InvariantCulture)}"
        : $"tcp://{Ip}:{port.ToString(CultureInfo.InvariantCulture)}";

    public int Port(KernelChannel channel) => channel switch
    {
        KernelChannel.Shell => ShellPort,
        KernelChannel.IoPub => IoPubPort,
        KernelChannel.Stdin => StdinPort,
        KernelChannel.Control => ControlPort,
        KernelChannel.Heartbeat => HeartbeatPort,
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public ConnectionInfo WithPort(KernelChannel channel, int port) => channel switch
    {
        KernelChannel.Shell => this with { ShellPort = port },
        KernelChannel.IoPub => this with { IoPubPort = port },
        KernelChannel.Stdin => this with { StdinPort = port },
        KernelChannel.Control => this with { ControlPort = port },
        KernelChannel.Heartbeat => this with { HeartbeatPort = port },
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public override string ToString() =>
        $"{Transport} {Ip} shell {ShellPort}, iopub {IoPubPort}, stdin {StdinPort}, control {ControlPort}, hb {HeartbeatPort}";

    /// <summary>Reads a connection file; a malformed one throws <see cref="InvalidDataException"/> naming the file and field.</summary>
    public static ConnectionInfo Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (FileNotFoundException) { throw new FileNotFoundException($"{path}: no such connection file.", path); }
        catch (DirectoryNotFoundException) { throw new FileNotFoundException($"{path}: no such connection file.", path); }
        return Parse(text, path);
    }

    /// <summary>Parses connection-file JSON; <paramref name="source"/> names it in errors.</summary>
    public static ConnectionInfo Parse(string json, string source)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new InvalidDataException($"{source}: a connection file is a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: not JSON ({e.Message.Split('.')[0]}).");
        }
        var transport = Text(root, "transport", source) ?? Tcp;
        if (transport is not (Tcp or Ipc)) throw new InvalidDataException($"{source}: 'transport' must be \"tcp\" or \"ipc\", not \"{transport}\".");
        var scheme = Text(root, "signature_scheme", source) ?? HmacSha256;
        if (scheme != HmacSha256) throw new InvalidDataException($"{source}: 'signature_scheme' \"{scheme}\" is not supported; use \"{HmacSha256}\".");
        var ip = Text(root, "ip", source);
        return new ConnectionInfo
        {
            Transport = transport,
            // jupyter_client reads an empty ip as localhost.
            Ip = string.IsNullOrEmpty(ip) ? "127.0.0.1" : ip,
            ShellPort = Port(root, "shell_port", source),
            IoPubPort = Port(root, "iopub_port", source),
            StdinPort = Port(root, "stdin_port", source),
            ControlPort = Port(root, "control_port", source),
            HeartbeatPort = Port(root, "hb_port", source),
            SignatureScheme = scheme,
            Key = Text(root, "key", source) ?? "",
            KernelName = Text(root, "kernel_name", source),
        };
    }

    public string ToJson() => new JsonObject
    {
        ["control_port"] = ControlPort,
        ["hb_port"] = HeartbeatPort,
        ["iopub_port"] = IoPubPort,
        ["ip"] = Ip,
        ["kernel_name"] = KernelName ?? "",
        ["key"] = Key,
        ["shell_port"] = ShellPort,
        ["signature_scheme"] = SignatureScheme,
        ["stdin_port"] = StdinPort,
        ["transport"] = Transport,
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Writes the file atomically, readable by its owner only (it holds the key).</summary>
    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N");
        using (var stream = OwnerOnly(temporary))
        using (var writer = new StreamWriter(stream))
            writer.Write(ToJson());
        File.Move(temporary, full, overwrite: true);
    }

    private static FileStream OwnerOnly(string path) => OperatingSystem.IsWindows()
        ? new FileStream(path, FileMode.CreateNew, FileAccess.Write)
        : new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });

    private static string? Text(JsonObject root, string field, string source) => root[field] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => throw new InvalidDataException($"{source}: '{field}' must be a string, not {other.GetValueKind().ToString().ToLowerInvariant()}."),
    };

    private static int Port(JsonObject root, string field, string source) => root[field] switch
    {
        null => throw new InvalidDataException($"{source}: '{field}' is missing."),
        JsonValue value when value.TryGetValue<int>(out var port) && port is >= 0 and <= 65535 => port,
        var other => throw new InvalidDataException($"{source}: '{field}' must be a port number (0-65535), not {other.ToJsonString()}."),
    };
}

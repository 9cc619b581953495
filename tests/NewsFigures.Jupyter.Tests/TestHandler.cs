namespace NewsFigures.Jupyter.Tests;

/// <summary>
/// A kernel that knows only the protocol: "execute" echoes its code on stdout, and a few codes do something on purpose
/// ("fail", "input", "block" until interrupted, "result").
/// </summary>
internal sealed class TestHandler : IKernelHandler
{
    private readonly SemaphoreSlim interrupted = new(0);
    private int count;

    public TaskCompletionSource Blocking { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<JsonObject?> HandleAsync(KernelRequest request, CancellationToken cancellationToken)
    {
        switch (request.MsgType)
        {
            case "kernel_info_request":
                return new JsonObject
                {
                    ["status"] = "ok", ["protocol_version"] = MessageHeader.ProtocolVersion, ["implementation"] = "test",
                    ["implementation_version"] = "1", ["language_info"] = new JsonObject { ["name"] = "echo" }, ["banner"] = "",
                };
            case "execute_request":
                var code = request.Content["code"]!.GetValue<string>();
                var number = ++count;
                request.Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = number });
                request.Publish("stream", new JsonObject { ["name"] = "stdout", ["text"] = code });
                switch (code)
                {
                    case "fail":
                        request.Publish("error", new JsonObject { ["ename"] = "Failure", ["evalue"] = "on purpose", ["traceback"] = new JsonArray() });
                        return new JsonObject { ["status"] = "error", ["execution_count"] = number, ["ename"] = "Failure", ["evalue"] = "on purpose", ["traceback"] = new JsonArray() };
                    case "input":
                        var value = await request.InputAsync("name? ", password: false, cancellationToken);
                        request.Publish("stream", new JsonObject { ["name"] = "stdout", ["text"] = "got " + value });
                        break;
                    case "block":
                        Blocking.TrySetResult();
                        await interrupted.WaitAsync(cancellationToken);
                        request.Publish("stream", new JsonObject { ["name"] = "stderr", ["text"] = "interrupted" });
                        break;
                }
                return new JsonObject { ["status"] = "ok", ["execution_count"] = number, ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray() };
            case "interrupt_request":
                interrupted.Release();
                return new JsonObject { ["status"] = "ok" };
            case "shutdown_request":
                return new JsonObject { ["status"] = "ok", ["restart"] = request.Content["restart"]?.GetValue<bool>() ?? false };
            default:
                return null;
        }
    }
}

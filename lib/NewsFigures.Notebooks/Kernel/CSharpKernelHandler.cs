using System.Text.Json.Nodes;
using NewsFigures.Jupyter;
using NewsFigures.Notebooks.Execution;

namespace NewsFigures.Notebooks.Kernel;

/// <summary>
/// The C# kernel's answer to each request. Shell requests come one at a time; interrupt and shutdown come on control,
/// beside a running cell. A restart replaces the session (engine, count, history) in this process, when the kernel
/// restarts in process; otherwise the server ends after the reply and the client starts a new process. A session runs in
/// the process's working folder as it is when the session starts (a client may move it before a restart).
/// </summary>
internal sealed class CSharpKernelHandler(RunOptions options, Action<string> log, bool restartInProcess) : IKernelHandler
{
    private readonly XmlDocumentation documentation = new();
    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private KernelSession? session;

    private KernelSession Session
    {
        get
        {
            lock (gate) return session ??= new KernelSession(1, Environment.CurrentDirectory, options, log);
        }
    }

    /// <summary>Starts the engine's warm-up now, not at the first execute.</summary>
    public void WarmUp() => _ = Session;

    /// <summary>Completes when the first request has been answered (the client's kernel_info_request, as a rule).</summary>
    public Task FirstAnswer => answered.Task;

    public async Task<JsonObject?> HandleAsync(KernelRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await AnswerAsync(request);
        }
        finally
        {
            answered.TrySetResult();
        }
    }

    private async Task<JsonObject?> AnswerAsync(KernelRequest request)
    {
        var content = request.Content;
        var code = RequestFields.Text(content, "code");
        var cursor = RequestFields.Number(content, "cursor_pos") ?? code.Length;
        switch (request.MsgType)
        {
            case "kernel_info_request":
                return KernelInfo.Reply();
            case "execute_request":
                return await Execution.RunAsync(request, Session);
            case "complete_request":
                return Completions.Reply(SubmissionSemantics.Of(await Session.Engine, code), code, cursor);
            case "inspect_request":
                return Inspection.Reply(SubmissionSemantics.Of(await Session.Engine, code), documentation, code, cursor);
            case "is_complete_request":
                return CompletenessCheck.Reply(code);
            case "history_request":
                return new JsonObject { ["status"] = "ok", ["history"] = Session.History.Reply(content) };
            case "comm_info_request":
                return new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() };
            case "comm_open":
                // No comm targets here: say so, as ipykernel does, so the front end does not wait on it.
                request.Publish("comm_close", new JsonObject { ["comm_id"] = RequestFields.Text(content, "comm_id"), ["data"] = new JsonObject() });
                return null;
            case "interrupt_request":
                Session.Interrupt();
                return new JsonObject { ["status"] = "ok" };
            case "shutdown_request":
                var restart = RequestFields.Flag(content, "restart", false);
                if (restart && restartInProcess) Restart();
                else Session.Interrupt();
                return new JsonObject { ["status"] = "ok", ["restart"] = restart };
            default:
                return null;
        }
    }

    private void Restart()
    {
        KernelSession old;
        lock (gate)
        {
            old = Session;
            old.Retire();
            // Formatters the old session's cells registered go with it.
            NativeDisplays.Reset();
            session = new KernelSession(old.Number + 1, Environment.CurrentDirectory, options, log);
        }
        log($"restarted: session {old.Number + 1}");
    }
}

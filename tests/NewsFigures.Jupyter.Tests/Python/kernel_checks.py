"""Checks of a C# kernel through Debian's jupyter_client, one per invocation:

    python3 kernel_checks.py KERNEL_NAME CHECK WORKING_FOLDER

The kernelspec is found through JUPYTER_PATH as Jupyter finds any. A check prints what it saw and exits 0, or fails an
assertion (exit 1 with the traceback). jupyter_client's Session verifies the signature of every message it receives,
so every check also checks signatures.
"""
import hashlib
import hmac
import json
import sys
import time
import uuid

import jupyter_client
import zmq

TIMEOUT = 60


def start(name, cwd):
    manager = jupyter_client.KernelManager(kernel_name=name)
    manager.start_kernel(cwd=cwd)
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    return manager, client


def run(client, code, **options):
    """Executes and returns (reply content, [(msg_type, content)] of iopub from busy to idle)."""
    seen = []
    reply = client.execute_interactive(code, timeout=TIMEOUT, output_hook=lambda m: seen.append((m["msg_type"], m["content"])), **options)
    return reply["content"], seen


def outputs(seen):
    return [(kind, content) for kind, content in seen if kind not in ("status", "execute_input")]


def shell_reply(client, msg_id):
    while True:
        reply = client.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def check_kernel_info(client, manager):
    msg_id = client.kernel_info()
    reply = shell_reply(client, msg_id)["content"]
    print(json.dumps(reply, indent=1))
    assert reply["status"] == "ok"
    assert reply["protocol_version"] == "5.3"
    assert reply["implementation"] == "newsfigures"
    info = reply["language_info"]
    assert (info["name"], info["mimetype"], info["file_extension"], info["pygments_lexer"], info["codemirror_mode"]) == \
        ("csharp", "text/x-csharp", ".cs", "csharp", "text/x-csharp")
    assert info["version"][0].isdigit()
    assert reply["banner"] and reply["help_links"]
    msg_id = client.comm_info()
    assert shell_reply(client, msg_id)["content"] == {"status": "ok", "comms": {}}


def check_execute(client, manager):
    reply, seen = run(client, 'Console.WriteLine("out"); Console.Error.WriteLine("err"); 6 * 7')
    print(seen)
    assert reply["status"] == "ok" and reply["execution_count"] == 1 and reply["user_expressions"] == {}
    assert seen[0] == ("status", {"execution_state": "busy"}) and seen[-1] == ("status", {"execution_state": "idle"})
    assert seen[1] == ("execute_input", {"code": 'Console.WriteLine("out"); Console.Error.WriteLine("err"); 6 * 7', "execution_count": 1})
    kinds = outputs(seen)
    assert ("stream", {"name": "stdout", "text": "out\n"}) in kinds
    assert ("stream", {"name": "stderr", "text": "err\n"}) in kinds
    result = [c for k, c in kinds if k == "execute_result"]
    assert len(result) == 1 and result[0]["execution_count"] == 1 and result[0]["data"]["text/plain"] == "42"

    reply, seen = run(client, 'var shown = display("first");\nshown.Update("second");')
    print(seen)
    shown = [c for k, c in outputs(seen) if k == "display_data"]
    updated = [c for k, c in outputs(seen) if k == "update_display_data"]
    assert len(shown) == 1 and len(updated) == 1
    display_id = shown[0]["transient"]["display_id"]
    assert display_id and updated[0]["transient"]["display_id"] == display_id
    assert "second" in updated[0]["data"]["text/plain"]

    reply, seen = run(client, 'var x = 1;\nthrow new InvalidOperationException("boom");')
    print(reply)
    assert reply["status"] == "error" and reply["execution_count"] == 3
    assert (reply["ename"], reply["evalue"]) == ("System.InvalidOperationException", "boom")
    errors = [c for k, c in outputs(seen) if k == "error"]
    assert len(errors) == 1 and any("cell 3, line 2" in line for line in errors[0]["traceback"])

    reply, seen = run(client, 'Console.WriteLine("quiet"); 1', silent=True)
    assert reply["status"] == "ok" and outputs(seen) == [] and not any(k == "execute_input" for k, _ in seen)
    reply, seen = run(client, "2", store_history=False)
    assert reply["execution_count"] == 3, "neither silent nor store_history=False moves the count"
    reply, seen = run(client, "3")
    assert reply["execution_count"] == 4


def check_stop_on_error(client, manager):
    failing = client.execute('throw new Exception("first fails");')
    queued = client.execute('Console.WriteLine("never");')
    assert shell_reply(client, failing)["content"]["status"] == "error"
    assert shell_reply(client, queued)["content"]["status"] == "aborted"
    failing = client.execute('throw new Exception("again");', stop_on_error=False)
    runs = client.execute('"runs"')
    assert shell_reply(client, failing)["content"]["status"] == "error"
    assert shell_reply(client, runs)["content"]["status"] == "ok"


def check_complete(client, manager):
    run(client, "var numbers = new List<int> { 1, 2 };\nvar alpha = 1;")
    for code, cursor, expected, kind in [
        ("numbers.", 8, "Add", "method"),
        ("numbers.Co", 10, "Count", "property"),
        ("Console.Wr", 10, "WriteLine", "method"),
        ("alp", 3, "alpha", "variable"),
        ("numbers.Wh", 10, "Where", "method"),
        ('var s = "\U0001D465"; s.Len', 18, "Length", "property"),
    ]:
        msg_id = client.complete(code, cursor)
        reply = shell_reply(client, msg_id)["content"]
        print(code, reply["cursor_start"], reply["cursor_end"], reply["matches"][:8])
        assert reply["status"] == "ok" and expected in reply["matches"]
        typed = code[:cursor].rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        assert (reply["cursor_start"], reply["cursor_end"]) == (len(typed), cursor), "positions count code points"
        kinds = {t["text"]: t["type"] for t in reply["metadata"]["_jupyter_types_experimental"]}
        assert kinds[expected] == kind


def check_inspect(client, manager):
    msg_id = client.inspect("Console.WriteLine", 10)
    reply = shell_reply(client, msg_id)["content"]
    print(reply)
    assert reply["status"] == "ok" and reply["found"]
    text = reply["data"]["text/plain"]
    assert "void System.Console.WriteLine(bool value)" in text and "more overloads" in text
    assert "Writes the current line terminator to the standard output stream." in text
    msg_id = client.inspect("NewsFigures.Corpus.Load(", 24)
    reply = shell_reply(client, msg_id)["content"]
    print(reply)
    assert reply["found"] and "Corpus.Load(" in reply["data"]["text/plain"]
    assert "\n\n" in reply["data"]["text/plain"], "the project's own XML documentation is shown"
    msg_id = client.inspect("// nothing here", 5)
    assert shell_reply(client, msg_id)["content"]["found"] is False


def check_is_complete(client, manager):
    for code, status, indent in [("var x = 1;", "complete", None), ("if (true) {", "incomplete", "    "),
                                 ("var y = 1 +", "incomplete", ""), ("var z = ;", "invalid", None)]:
        msg_id = client.is_complete(code)
        reply = shell_reply(client, msg_id)["content"]
        print(code, reply)
        assert reply["status"] == status
        if indent is not None:
            assert reply["indent"] == indent


def check_history(client, manager):
    for code in ["var a = 1;", "var b = 2;", "a + b"]:
        run(client, code)
    msg_id = client.history(hist_access_type="tail", n=2)
    reply = shell_reply(client, msg_id)["content"]
    print(reply)
    assert [entry[1:] for entry in reply["history"]] == [[2, "var b = 2;"], [3, "a + b"]]
    msg_id = client.history(hist_access_type="range", session=0, start=1, stop=3)
    assert [entry[2] for entry in shell_reply(client, msg_id)["content"]["history"]] == ["var a = 1;", "var b = 2;"]
    msg_id = client.history(hist_access_type="search", pattern="var*")
    assert [entry[2] for entry in shell_reply(client, msg_id)["content"]["history"]] == ["var a = 1;", "var b = 2;"]


def check_interrupt(client, manager):
    run(client, "var started = 0;")  # the engine is warm: the interrupt reaches a running loop
    msg_id = client.execute("while (true) { started++; }")
    time.sleep(1.0)
    started = time.time()
    manager.interrupt_kernel()
    reply = shell_reply(client, msg_id)["content"]
    took = time.time() - started
    print(reply, round(took, 2))
    assert reply["status"] == "error" and took < 5
    reply, seen = run(client, "started > 0")
    print(reply, seen)
    assert reply["status"] == "ok"


def check_restart(client, manager):
    run(client, "var kept = 5;")
    reply, _ = run(client, "kept")
    assert reply["status"] == "ok" and reply["execution_count"] == 2
    manager.restart_kernel()
    client.wait_for_ready(timeout=TIMEOUT)
    reply, _ = run(client, "kept")
    print(reply)
    assert reply["status"] == "error" and reply["execution_count"] == 1
    assert (reply["ename"], reply["evalue"]) == ("CompilationError", "The name 'kept' does not exist in the current context")
    reply, _ = run(client, "System.IO.Directory.GetCurrentDirectory()")
    assert reply["execution_count"] == 2


def check_stdin(client, manager):
    prompts = []

    def answer(message):
        prompts.append(message["content"])
        client.input("Ada")

    reply, seen = run(client, 'var name = Console.ReadLine();\nConsole.WriteLine("hello " + name);', allow_stdin=True, stdin_hook=answer)
    print(reply, seen, prompts)
    assert reply["status"] == "ok" and len(prompts) == 1 and prompts[0]["password"] is False
    assert ("stream", {"name": "stdout", "text": "hello Ada\n"}) in outputs(seen)
    reply, seen = run(client, 'Console.ReadLine() is null', allow_stdin=False)
    assert [c["data"]["text/plain"] for k, c in outputs(seen) if k == "execute_result"] == ["True"], "no stdin: end of input"


def check_working_folder(client, manager):
    reply, seen = run(client, "System.IO.Directory.GetCurrentDirectory()")
    print(seen)
    assert [c["data"]["text/plain"] for k, c in outputs(seen) if k == "execute_result"] == [WORKING_FOLDER]


def check_signatures(client, manager):
    """Raw ZeroMQ: a correctly signed request is answered with a correctly signed reply; one signed with a wrong key
    gets nothing, and the kernel stays alive."""
    info = manager.get_connection_info()
    key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
    context = zmq.Context.instance()
    shell = context.socket(zmq.DEALER)
    shell.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")

    def send(signing_key):
        header = {"msg_id": uuid.uuid4().hex, "session": "raw", "username": "test", "date": "2026-01-01T00:00:00.000000Z",
                  "msg_type": "kernel_info_request", "version": "5.3"}
        parts = [json.dumps(p).encode() for p in (header, {}, {}, {})]
        signature = hmac.new(signing_key, b"".join(parts), hashlib.sha256).hexdigest().encode()
        shell.send_multipart([b"<IDS|MSG>", signature] + parts)
        return header["msg_id"]

    sent = send(key)
    assert shell.poll(TIMEOUT * 1000), "no reply to a correctly signed request"
    frames = shell.recv_multipart()
    at = frames.index(b"<IDS|MSG>")
    signature, parts = frames[at + 1], frames[at + 2:at + 6]
    assert hmac.compare_digest(signature, hmac.new(key, b"".join(parts), hashlib.sha256).hexdigest().encode())
    assert json.loads(parts[1])["msg_id"] == sent
    send(b"not the key")
    assert not shell.poll(2000), "a request signed with a wrong key was answered"
    assert manager.is_alive() and client.is_alive()
    send(key)
    assert shell.poll(TIMEOUT * 1000), "the kernel stopped answering after a wrong signature"
    shell.close(linger=0)


if __name__ == "__main__":
    NAME, CHECK, WORKING_FOLDER = sys.argv[1], sys.argv[2], sys.argv[3]
    manager, client = start(NAME, WORKING_FOLDER)
    try:
        globals()["check_" + CHECK](client, manager)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)
    print("ok:", CHECK)

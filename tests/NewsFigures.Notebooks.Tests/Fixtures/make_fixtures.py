# Writes the round-trip fixtures exactly as nbformat's writer does: split_lines() on sources, text outputs
# and text MIME data, then json.dumps(sort_keys=True, indent=1, ensure_ascii=False) plus a final newline.
# Run: python3 make_fixtures.py
import json

def split(text):
    return text.splitlines(True) if text else text

def bundle(data):
    return {k: (split(v) if isinstance(v, str) and (k.startswith("text/") or k in ("application/javascript", "image/svg+xml")) else v)
            for k, v in data.items()}

def write(path, nb):
    for cell in nb["cells"]:
        cell["source"] = split(cell["source"])
        for att in cell.get("attachments", {}).values():
            att.update(bundle(att))
        for out in cell.get("outputs", []):
            if "data" in out:
                out["data"] = bundle(out["data"])
            if out["output_type"] == "stream":
                out["text"] = split(out["text"])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n")

polyglot_cell = {"dotnet_interactive": {"language": "csharp"}, "polyglot_notebook": {"kernelName": "csharp"}}
png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n"

write("polyglot-4.5.ipynb", {
    "cells": [
        {"cell_type": "markdown", "id": "a1b2c3d4", "metadata": {}, "source": "# 中国 AI compute — growth 📈\n\nTabs\tand \"quotes\" and \\ backslashes.\r\nA form feed \x0c and a bell \x07 line."},
        {"cell_type": "markdown", "id": "att-cell", "metadata": {}, "source": "![logo](attachment:logo.png)",
         "attachments": {"logo.png": {"image/png": png}}},
        {"cell_type": "code", "execution_count": 1, "id": "c0ffee01",
         "metadata": dict(polyglot_cell, vscode={"languageId": "polyglot-notebook"}, tags=["parameters"], custom_tool={"nested": [1, 2.5, True, None]}),
         "outputs": [
             {"name": "stdout", "output_type": "stream", "text": "line one\nline two\n"},
             {"data": {"text/html": "<table>\n<tr><td>1</td></tr>\n</table>", "text/plain": "1 row", "image/png": png,
                       "application/vnd.plotly.v1+json": {"data": [{"type": "scatter", "x": [2020, 2021], "y": [1.5, 3]}], "layout": {"title": {"text": "t"}}}},
              "execution_count": 1, "metadata": {"custom": "kept"}, "output_type": "execute_result"},
             {"ename": "System.Exception", "evalue": "boom", "output_type": "error", "traceback": ["System.Exception: boom", "   at cell 3, line 2"]},
         ],
         "source": "#!csharp\nvar year = 2024;\nConsole.WriteLine(\"line one\");"},
        {"cell_type": "code", "execution_count": None, "id": "empty001", "metadata": polyglot_cell, "outputs": [], "source": ""},
        {"cell_type": "raw", "id": "raw00001", "metadata": {"format": "text/html"}, "source": "<b>raw</b>\n"},
    ],
    "metadata": {
        "kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
        "language_info": {"file_extension": ".cs", "mimetype": "text/x-csharp", "name": "csharp", "pygments_lexer": "csharp", "version": "13.0"},
        "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": [{"aliases": [], "name": "csharp"}]}},
        "vscode": {"interpreter": {"hash": "abc"}},
        "unknown_tool": {"answer": 42},
    },
    "nbformat": 4,
    "nbformat_minor": 5,
})

write("jupyter-4.4.ipynb", {
    "cells": [
        {"cell_type": "markdown", "metadata": {"collapsed": False}, "source": "## Older format\nNo cell ids in 4.4."},
        {"cell_type": "code", "execution_count": 3, "metadata": {"scrolled": True}, "outputs": [
            {"data": {"text/plain": "42"}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}],
         "source": "6 * 7"},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4,
    "nbformat_minor": 4,
})

using System.Text;

namespace NewsFigures.Notebooks.Execution;

/// <summary>Collects one cell's outputs in the order they happen; consecutive writes to a stream merge.</summary>
internal sealed class OutputCollector(ValueFormatter formatter)
{
    private readonly object gate = new();
    private readonly List<CellOutput> outputs = [];
    private readonly StringBuilder pending = new();
    private string? pendingStream;

    public void Write(string stream, string text)
    {
        lock (gate)
        {
            if (pendingStream != stream) Flush();
            pendingStream = stream;
            pending.Append(text);
        }
    }

    public void Display(object? value)
    {
        var bundle = formatter.Format(value);
        lock (gate)
        {
            Flush();
            outputs.Add(CellOutput.DisplayData(bundle));
        }
    }

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            Flush();
            outputs.Add(output);
        }
    }

    public IReadOnlyList<CellOutput> Outputs()
    {
        lock (gate)
        {
            Flush();
            return outputs.ToList();
        }
    }

    private void Flush()
    {
        if (pendingStream is null || pending.Length == 0) return;
        outputs.Add(CellOutput.Stream(pendingStream, pending.ToString()));
        pending.Clear();
        pendingStream = null;
    }
}

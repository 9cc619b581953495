using System.Text;

namespace NewsFigures;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> of a corpus, by file: each file belongs to exactly one part, chosen
/// by a hash of its name, so n workers given 1/n ... n/n read every file once, and adding a file moves no other.
/// <code>new CorpusLoadOptions { Shard = CorpusShard.Parse("2/4") }</code>
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record CorpusShard
{
    public CorpusShard(int index, int count)
    {
        if (count < 1 || index < 1 || index > count)
            throw new ArgumentOutOfRangeException(nameof(index), $"A shard is i/n with 1 <= i <= n; {index}/{count} is not.");
        Index = index;
        Count = count;
    }

    /// <summary>1-based.</summary>
    public int Index { get; }

    public int Count { get; }

    /// <summary>Reads "i/n", e.g. "2/4".</summary>
    /// <exception cref="FormatException">The text is not i/n with 1 &lt;= i &lt;= n.</exception>
    public static CorpusShard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out int index) && int.TryParse(parts[1], out int count)
            && count >= 1 && index >= 1 && index <= count)
            return new CorpusShard(index, count);
        throw new FormatException($"shard '{text}' is not i/n with 1 <= i <= n (for example 2/4).");
    }

    /// <summary>Whether the file (by its bare name) is in this part.</summary>
    public bool Holds(string fileName)
    {
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(fileName)) hash = (hash ^ b) * 16777619;
        return hash % (uint)Count == (uint)(Index - 1);
    }

    public override string ToString() => $"{Index}/{Count}";
}

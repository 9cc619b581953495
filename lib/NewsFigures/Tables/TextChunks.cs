using System.Buffers;
using System.Text;

namespace NewsFigures;

/// <summary>
/// Where a text format's bytes go: a stream, or a text writer such as the console's, handed whole chunks of UTF-8 rows
/// (a console writer that flushes on every call would otherwise make a system call per row).
/// </summary>
internal sealed class TextChunks(Action<ReadOnlySpan<byte>> flush)
{
    private const int ChunkBytes = 1 << 16;

    public ArrayBufferWriter<byte> Buffer { get; } = new(ChunkBytes * 2);

    public static TextChunks To(Stream stream) => new(stream.Write);

    public static TextChunks To(TextWriter writer) => new(bytes => writer.Write(Encoding.UTF8.GetString(bytes)));

    /// <summary>Called after each row: passes the buffer on once it holds a chunk, so chunks end at row ends.</summary>
    public void RowDone()
    {
        if (Buffer.WrittenCount >= ChunkBytes) Flush();
    }

    public void Flush()
    {
        if (Buffer.WrittenCount == 0) return;
        flush(Buffer.WrittenSpan);
        Buffer.ResetWrittenCount();
    }
}

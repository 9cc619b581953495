using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter;

/// <summary>
/// A message as ZeroMQ frames: identities, the "&lt;IDS|MSG&gt;" delimiter, the signature, four JSON frames (header,
/// parent header, metadata, content), then any binary buffers.
/// </summary>
internal static class WireFormat
{
    public static ReadOnlySpan<byte> Delimiter => "<IDS|MSG>"u8;

    public static List<byte[]> Encode(JupyterMessage message, MessageSigner signer)
    {
        byte[][] parts = [Json(message.Header.ToJson()), Json(message.ParentHeader), Json(message.Metadata), Json(message.Content)];
        var frames = new List<byte[]>(message.Identities.Count + 6 + message.Buffers.Count);
        frames.AddRange(message.Identities);
        frames.Add(Delimiter.ToArray());
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(parts)));
        frames.AddRange(parts);
        frames.AddRange(message.Buffers);
        return frames;
    }

    /// <summary>Reads frames into a message; a malformed or wrongly signed one throws <see cref="MessageRejectedException"/>.</summary>
    public static JupyterMessage Decode(IReadOnlyList<byte[]> frames, MessageSigner signer)
    {
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) { delimiter = i; break; }
        if (delimiter < 0) throw new MessageRejectedException("no <IDS|MSG> delimiter");
        if (frames.Count < delimiter + 6) throw new MessageRejectedException($"{frames.Count - delimiter - 1} frames after the delimiter, not at least 5");
        var parts = new[] { frames[delimiter + 2], frames[delimiter + 3], frames[delimiter + 4], frames[delimiter + 5] };
        if (!signer.Verify(Encoding.ASCII.GetString(frames[delimiter + 1]), parts)) throw new MessageRejectedException("invalid signature");
        MessageHeader header;
        try { header = MessageHeader.FromJson(Object(parts[0], "header")); }
        catch (InvalidDataException e) { throw new MessageRejectedException(e.Message); }
        return new JupyterMessage(header, Object(parts[1], "parent_header"), Object(parts[2], "metadata"), Object(parts[3], "content"))
        {
            Identities = frames.Take(delimiter).ToArray(),
            Buffers = frames.Skip(delimiter + 6).ToArray(),
        };
    }

    /// <summary>Compact UTF-8 JSON; non-ASCII text and HTML characters stay as they are (these bytes never land in a page).</summary>
    public static byte[] Json(JsonObject value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            value.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }

    private static JsonObject Object(byte[] frame, string name)
    {
        try
        {
            return JsonNode.Parse(frame) as JsonObject ?? throw new MessageRejectedException($"{name} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new MessageRejectedException($"{name} is not JSON ({e.Message.Split('.')[0]})");
        }
    }
}

/// <summary>A message refused before anything handles it: malformed, or not signed with the connection's key.</summary>
internal sealed class MessageRejectedException(string reason) : Exception(reason);

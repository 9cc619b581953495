using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace NewsFigures.Notebooks.Io;

/// <summary>
/// Notebook text to JSON nodes, or one line saying why not. It first rejects what System.Text.Json would let
/// through only to throw later from a getter (invalid UTF-8, half a surrogate pair, a key given twice),
/// and tells nesting too deep apart from broken syntax.
/// </summary>
internal static class CheckedJson
{
    /// <summary>System.Text.Json's default depth, which its writers keep to as well; a notebook needs far less.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = false };

    public static JsonNode? Parse(string text, string origin)
    {
        var nul = text.IndexOf('\0');
        if (nul >= 0) throw Binary(origin, text.AsSpan(0, nul).Count('\n') + 1);
        return Parse(Encoding.UTF8.GetBytes(text), origin);
    }

    public static JsonNode? Parse(ReadOnlySpan<byte> utf8, string origin)
    {
        if (utf8.StartsWith("\uFEFF"u8)) utf8 = utf8[3..]; // a byte order mark, as File.ReadAllText would skip
        var nul = utf8.IndexOf((byte)0);
        if (nul >= 0) throw Binary(origin, LineAt(utf8, nul));
        if (FirstInvalidByte(utf8) is var bad and >= 0)
            throw new InvalidDataException($"{origin}: not UTF-8 text: byte 0x{utf8[bad]:X2} at line {LineAt(utf8, bad)} is not part of a character; save the notebook as UTF-8.");
        if (utf8.Trim(" \t\r\n"u8).IsEmpty) throw new InvalidDataException($"{origin}: the notebook is empty; it should be a JSON object.");
        Scan(utf8, origin);
        try
        {
            return JsonNode.Parse(utf8, documentOptions: Options);
        }
        catch (JsonException e)
        {
            throw NotJson(origin, e);
        }
    }

    /// <summary>One pass of the reader over every token: syntax, depth, escapes and keys, each with its line.</summary>
    private static void Scan(ReadOnlySpan<byte> utf8, string origin)
    {
        // The reader may go deeper than MaxDepth so that too deep is told apart from broken.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = int.MaxValue });
        var keys = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= MaxDepth:
                        throw new InvalidDataException(
                            $"{origin}: JSON nested more than {MaxDepth} levels deep at line {LineAt(utf8, reader.TokenStartIndex)}; a notebook never needs that.");
                    case JsonTokenType.StartObject:
                        keys.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        keys.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var key = Text(ref reader, utf8, origin);
                        if (!keys.Peek()!.Add(key))
                            throw new InvalidDataException($"{origin}: the key {JsonKind.Quote(key)} appears twice in one object at line {LineAt(utf8, reader.TokenStartIndex)}.");
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        Text(ref reader, utf8, origin);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw NotJson(origin, e);
        }
    }

    private static string Text(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string origin)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // JSON allows "\ud800" alone; .NET strings read from it would not be text.
            throw new InvalidDataException($"{origin}: a string at line {LineAt(utf8, reader.TokenStartIndex)} escapes half a surrogate pair (\\ud800-\\udfff alone); that is not Unicode text.");
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8)) return -1;
        for (var i = 0; i < utf8.Length;)
        {
            if (Rune.DecodeFromUtf8(utf8[i..], out _, out var consumed) != OperationStatus.Done) return i;
            i += consumed;
        }
        return -1;
    }

    private static InvalidDataException Binary(string origin, int line) =>
        new($"{origin}: a NUL byte at line {line}; a notebook is UTF-8 JSON text, and this looks like a binary file.");

    private static InvalidDataException NotJson(string origin, JsonException e)
    {
        // The reader's message ends with its own 0-based position ("LineNumber: 0 | BytePositionInLine: 9."): keep the reason.
        var reason = e.Message;
        foreach (var tail in (string[])[" LineNumber:", " Path:"])
            if (reason.IndexOf(tail, StringComparison.Ordinal) is var at and >= 0) reason = reason[..at];
        var line = e.LineNumber is { } n ? $" (line {n + 1})" : "";
        return new InvalidDataException($"{origin}: not valid JSON{line}: {JsonKind.Escape(reason.Trim())}", e);
    }

    private static int LineAt(ReadOnlySpan<byte> utf8, long index) => utf8[..(int)index].Count((byte)'\n') + 1;
}

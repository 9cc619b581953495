using System.Buffers;
using System.Text.Unicode;

namespace NewsFigures;

/// <summary>Reads one article file as UTF-8 text, or says in one sentence why it cannot.</summary>
internal static class ArticleFileReader
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <summary>Returns the decoded text (BOM dropped, as File.ReadAllText does), or null with a problem.</summary>
    public static string? TryRead(string path, out LoadProblem? problem)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new LoadProblem(path, $"cannot be read ({e.Message.TrimEnd('.')}).");
            return null;
        }
        return TryDecode(path, bytes, out problem);
    }

    public static string? TryDecode(string path, byte[] bytes, out LoadProblem? problem)
    {
        ReadOnlySpan<byte> body = bytes.AsSpan().StartsWith(Bom) ? bytes.AsSpan(Bom.Length) : bytes;
        int bodyStart = bytes.Length - body.Length;

        if (bytes.AsSpan().StartsWith(Utf16LittleEndianBom) || bytes.AsSpan().StartsWith(Utf16BigEndianBom))
        {
            problem = new LoadProblem(path, "is UTF-16 text (byte order mark at byte offset 0); save it as UTF-8.");
            return null;
        }

        int nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = new LoadProblem(path, $"is a binary file, not text (NUL byte at byte offset {bodyStart + nul}).");
            return null;
        }

        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out int bytesRead, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            int at = bodyStart + bytesRead;
            int line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
            problem = new LoadProblem(path, $"is not valid UTF-8 (byte 0x{bytes[at]:X2} at byte offset {at}, line {line}).");
            return null;
        }

        var text = new string(chars, 0, written);
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = new LoadProblem(path, bytes.Length == 0 ? "is empty." : "is empty (only whitespace).");
            return null;
        }
        problem = null;
        return text;
    }
}

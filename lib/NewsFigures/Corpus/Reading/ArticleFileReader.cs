using System.Buffers;
using System.Text;
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
        byte[]? rented = null;
        try
        {
            using var file = File.OpenHandle(path);
            long length = RandomAccess.GetLength(file);
            if (length > Array.MaxLength) throw new IOException($"{length} bytes is more than one text can hold");
            rented = ArrayPool<byte>.Shared.Rent((int)length);
            int read = 0;
            while (read < length && RandomAccess.Read(file, rented.AsSpan(read, (int)length - read), read) is var n and > 0) read += n;
            var bytes = rented.AsSpan(0, read);
            // The common case decodes straight into the string; a file that is not plain UTF-8 takes the path that says why.
            if (bytes.IndexOf((byte)0) < 0 && Utf8.IsValid(bytes))
            {
                var body = bytes.StartsWith(Bom) ? bytes[Bom.Length..] : bytes;
                var text = Encoding.UTF8.GetString(body);
                problem = string.IsNullOrWhiteSpace(text) ? Empty(path, bytes.Length) : null;
                return problem is null ? text : null;
            }
            return TryDecode(path, bytes.ToArray(), out problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new LoadProblem(path, $"cannot be read ({e.Message.TrimEnd('.')}).");
            return null;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
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
        problem = string.IsNullOrWhiteSpace(text) ? Empty(path, bytes.Length) : null;
        return problem is null ? text : null;
    }

    private static LoadProblem Empty(string path, int bytes) => new(path, bytes == 0 ? "is empty." : "is empty (only whitespace).");
}

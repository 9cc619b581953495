using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NewsFigures.Exercises;

/// <summary>
/// An answer a student edition can check without holding it: SHA-256 of a salt and the answer's JSON text, written
/// <c>salt:hash</c>. The salt comes from the question, so equal answers to different questions digest differently and
/// the same notebook always gets the same digests.
/// <code>Exercise.Check("1. percent figures", percentFigures, AnswerDigest.Parse("3f0c…:9a1b…"));</code>
/// </summary>
[TypeFormatterSource(typeof(DomainFormatterSource), PreferredMimeTypes = [MimeTypes.PlainText])]
public sealed record AnswerDigest
{
    private AnswerDigest(string salt, string hash) => (Salt, Hash) = (salt, hash);

    /// <summary>16 hex digits derived from the question.</summary>
    public string Salt { get; }

    /// <summary>64 hex digits: SHA-256 of the salt, a newline and the answer's JSON text.</summary>
    public string Hash { get; }

    /// <summary>The digest of <paramref name="answer"/> to <paramref name="question"/>.</summary>
    public static AnswerDigest Of(string question, object? answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        var salt = Hex("newsfigures exercise\n" + question)[..16];
        return new AnswerDigest(salt, HashOf(salt, answer));
    }

    /// <summary>Reads <c>salt:hash</c> as <see cref="ToString"/> writes it; anything else throws a
    /// <see cref="FormatException"/> quoting the text.</summary>
    public static AnswerDigest Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length != 2 || !IsHex(parts[0], 16) || !IsHex(parts[1], 64))
            throw new FormatException($"'{text}' is not an answer digest: expected 16 hex digits, ':', 64 hex digits.");
        return new AnswerDigest(parts[0], parts[1]);
    }

    /// <summary>Whether <paramref name="answer"/> has the JSON text this digest was made from.</summary>
    public bool Matches(object? answer) => HashOf(Salt, answer) == Hash;

    public override string ToString() => $"{Salt}:{Hash}";

    /// <summary>How answers compare: by their JSON text, so 98 as an int, a long or a double is the same answer.</summary>
    internal static string JsonText(object? answer) => JsonSerializer.Serialize(answer, answer?.GetType() ?? typeof(object));

    private static string HashOf(string salt, object? answer) => Hex(salt + "\n" + JsonText(answer));

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static bool IsHex(string text, int length) => text.Length == length && text.All(char.IsAsciiHexDigitLower);
}

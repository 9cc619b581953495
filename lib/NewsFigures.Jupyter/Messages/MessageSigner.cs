using System.Security.Cryptography;
using System.Text;

namespace NewsFigures.Jupyter;

/// <summary>
/// HMAC-SHA256 over a message's header, parent header, metadata and content frames, hex encoded, as the protocol
/// signs. An empty key means authentication is off: messages carry an empty signature and any is accepted.
/// </summary>
internal sealed class MessageSigner(string key)
{
    private readonly byte[] key = Encoding.UTF8.GetBytes(key);

    public bool Enabled => key.Length > 0;

    public string Sign(IReadOnlyList<byte[]> parts) => Enabled ? Convert.ToHexStringLower(Digest(parts)) : "";

    /// <summary>Compares in constant time, so a forger learns nothing from how long a refusal takes.</summary>
    public bool Verify(string signature, IReadOnlyList<byte[]> parts)
    {
        if (!Enabled) return true;
        byte[] given;
        try { given = Convert.FromHexString(signature); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(given, Digest(parts));
    }

    private byte[] Digest(IReadOnlyList<byte[]> parts)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var part in parts) hmac.AppendData(part);
        return hmac.GetHashAndReset();
    }
}

using System.Security.Cryptography;
using System.Text;

namespace NewsFigures.Jupyter.Tests;

public class WireFormatTests
{
    private static JupyterMessage Request() =>
        JupyterMessage.Create("execute_request", new JsonObject { ["code"] = "x → 1 <b>" }, "session-1", "ana") with
        {
            Identities = [[1, 2, 3]],
            Metadata = new JsonObject { ["cellId"] = "c1" },
        };

    [Fact]
    public void A_message_reads_back_as_written()
    {
        var signer = new MessageSigner("key");
        var message = Request();
        var read = WireFormat.Decode(WireFormat.Encode(message, signer), signer);
        Assert.Equal(message.Header, read.Header);
        Assert.Equal([1, 2, 3], Assert.Single(read.Identities));
        Assert.Equal("x → 1 <b>", read.Content["code"]!.GetValue<string>());
        Assert.Equal("c1", read.Metadata["cellId"]!.GetValue<string>());
        Assert.Empty(read.ParentHeader);
    }

    [Fact]
    public void Frames_are_identities_delimiter_signature_and_four_json_parts_signed_with_hmac_sha256()
    {
        var frames = WireFormat.Encode(Request(), new MessageSigner("key"));
        Assert.Equal(7, frames.Count);
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[1]));
        var expected = HMACSHA256.HashData("key"u8, frames[3].Concat(frames[4]).Concat(frames[5]).Concat(frames[6]).ToArray());
        Assert.Equal(Convert.ToHexStringLower(expected), Encoding.ASCII.GetString(frames[2]));
        var header = JsonNode.Parse(frames[3])!.AsObject();
        Assert.Equal(["msg_id", "session", "username", "date", "msg_type", "version"], header.Select(p => p.Key));
        Assert.Equal("5.3", header["version"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(header["date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.EndsWith("Z", header["date"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_signed_with_another_key_is_rejected()
    {
        var frames = WireFormat.Encode(Request(), new MessageSigner("other key"));
        Assert.Equal("invalid signature", Assert.Throws<MessageRejectedException>(() => WireFormat.Decode(frames, new MessageSigner("key"))).Message);
    }

    [Fact]
    public void A_changed_content_frame_breaks_the_signature()
    {
        var signer = new MessageSigner("key");
        var frames = WireFormat.Encode(Request(), signer);
        frames[6] = """{"code":"rm -rf /"}"""u8.ToArray();
        Assert.Throws<MessageRejectedException>(() => WireFormat.Decode(frames, signer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not hex")]
    [InlineData("abcd")]
    public void A_missing_or_malformed_signature_is_rejected(string signature)
    {
        var signer = new MessageSigner("key");
        var frames = WireFormat.Encode(Request(), signer);
        frames[2] = Encoding.ASCII.GetBytes(signature);
        Assert.Throws<MessageRejectedException>(() => WireFormat.Decode(frames, signer));
    }

    [Fact]
    public void Without_a_key_messages_go_unsigned_as_the_protocol_allows()
    {
        var signer = new MessageSigner("");
        var frames = WireFormat.Encode(Request(), signer);
        Assert.Empty(frames[2]);
        Assert.Equal("execute_request", WireFormat.Decode(frames, signer).MsgType);
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, "no <IDS|MSG> delimiter")]
    [InlineData(new[] { "<IDS|MSG>", "", "{}", "{}" }, "3 frames after the delimiter, not at least 5")]
    [InlineData(new[] { "<IDS|MSG>", "", "{}", "{}", "{}", "{}" }, "header 'msg_id' must be a non-empty string.")]
    [InlineData(new[] { "<IDS|MSG>", "", "[]", "{}", "{}", "{}" }, "header is not a JSON object")]
    [InlineData(new[] { "<IDS|MSG>", "", "{\"msg_id\":\"1\",\"msg_type\":\"x\"}", "{}", "{}", "nope" }, "content is not JSON ('nope' is an invalid JSON literal)")]
    public void A_malformed_message_says_why(string[] frames, string reason) =>
        Assert.Equal(reason, Assert.Throws<MessageRejectedException>(
            () => WireFormat.Decode(frames.Select(Encoding.UTF8.GetBytes).ToList(), new MessageSigner(""))).Message);
}

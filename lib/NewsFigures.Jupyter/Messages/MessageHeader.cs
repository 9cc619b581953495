using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsFigures.Jupyter;

/// <summary>A message's header (protocol 5.3). <see cref="Date"/> is kept as ISO 8601 text, as sent.</summary>
public sealed record MessageHeader(string MsgId, string Session, string Username, string Date, string MsgType, string Version)
{
    public const string ProtocolVersion = "5.3";

    /// <summary>A fresh header: a new id, now (UTC, microseconds).</summary>
    public static MessageHeader New(string msgType, string session, string username) =>
        new(Guid.NewGuid().ToString("N"), session, username, Now(), msgType, ProtocolVersion);

    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public JsonObject ToJson() => new()
    {
        ["msg_id"] = MsgId,
        ["session"] = Session,
        ["username"] = Username,
        ["date"] = Date,
        ["msg_type"] = MsgType,
        ["version"] = Version,
    };

    /// <summary>Reads a header; msg_id and msg_type are required, the rest default to empty.</summary>
    public static MessageHeader FromJson(JsonObject json)
    {
        string Field(string name, bool required)
        {
            var node = json[name];
            if (node is JsonValue value && value.TryGetValue<string>(out var text) && (text.Length > 0 || !required)) return text;
            if (node is null && !required) return "";
            throw new InvalidDataException($"header '{name}' must be a{(required ? " non-empty" : "")} string.");
        }
        return new MessageHeader(Field("msg_id", true), Field("session", false), Field("username", false), Field("date", false),
            Field("msg_type", true), Field("version", false));
    }
}

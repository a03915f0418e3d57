using System.Text.Json.Nodes;

namespace DiplomacyBot.Slack.Tests.Support;

/// <summary>One request the fake Slack received: which method or path, its status, body (JSON, form fields or bytes) and when.</summary>
public sealed record RecordedCall(string Method, int Status, string? Authorization, JsonObject? Json, IReadOnlyDictionary<string, string> Form, byte[] Bytes, DateTimeOffset At)
{
    public string? this[string field] => Json is not null ? Json[field]?.ToString() : Form.GetValueOrDefault(field);

    public string BodyText => System.Text.Encoding.UTF8.GetString(Bytes);
}

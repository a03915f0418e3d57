using System.Text.Json.Nodes;

namespace DiplomacyBot.Discord.Tests.Support;

/// <summary>One REST request the fake Discord received: which endpoint, the status it got, headers, JSON body (payload_json for multipart), files and when.</summary>
public sealed record RecordedCall(string Method, string Path, int Status, string? Authorization, string? UserAgent, JsonObject? Json, JsonArray? JsonArray, IReadOnlyList<(string Name, string FileName, byte[] Bytes)> Files, DateTimeOffset At)
{
    public string? this[string field] => Json?[field]?.ToString();

    /// <summary>The id of the message the call created, as the fake answered it.</summary>
    public string? ResponseId { get; init; }
}

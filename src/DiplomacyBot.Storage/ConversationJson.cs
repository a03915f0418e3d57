using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Storage;

/// <summary>Chat answers and ratings as the JSON kept in their documents: every property by name, enums by name.</summary>
internal static class ConversationJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"a stored {typeof(T).Name} is empty");
}

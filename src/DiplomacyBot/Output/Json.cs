using System.Text.Encodings.Web;
using System.Text.Json;

namespace DiplomacyBot.Output;

/// <summary>The JSON conventions of every command's --json output: snake_case names, one object per line.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        Converters = { new FeedbackRatingJsonConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}

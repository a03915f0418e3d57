using System.Text.Json;

namespace DiplomacyBot.Llm.Answering;

/// <summary>Reads the JSON object a prompt asks for out of a reply, tolerating code fences and text around it.</summary>
public static class ModelJson
{
    public static JsonElement? Extract(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return null;
        }

        int start = reply.IndexOf('{', StringComparison.Ordinal);
        int end = reply.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(reply.AsMemory(start, end - start + 1));
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IEnumerable<JsonElement> Array(JsonElement element, string property) =>
        element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Feeds;

namespace DiplomacyBot.Storage.Postgres;

/// <summary>
/// Articles, feed states and chat answers and ratings as stored JSON: every settable property of the core records, by name, enums by name, and
/// nothing computed (an article's clean text, a span's length), so what is stored is exactly what the record holds.
/// </summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputed } },
    };

    public static byte[] Article(Article article) => JsonSerializer.SerializeToUtf8Bytes(article, Options);

    public static Article Article(byte[] body) =>
        JsonSerializer.Deserialize<Article>(body, Options) ?? throw new InvalidDataException("a stored article is empty");

    public static string Feed(FeedSubscription feed) => JsonSerializer.Serialize(feed, Options);

    public static FeedSubscription Feed(string state) =>
        JsonSerializer.Deserialize<FeedSubscription>(state, Options) ?? throw new InvalidDataException("a stored feed is empty");

    public static string Answer(AnswerRecord answer) => JsonSerializer.Serialize(answer, Options);

    public static AnswerRecord Answer(string body) =>
        JsonSerializer.Deserialize<AnswerRecord>(body, Options) ?? throw new InvalidDataException("a stored chat answer is empty");

    public static string Feedback(FeedbackRecord feedback) => JsonSerializer.Serialize(feedback, Options);

    public static FeedbackRecord Feedback(string body) =>
        JsonSerializer.Deserialize<FeedbackRecord>(body, Options) ?? throw new InvalidDataException("a stored chat rating is empty");

    private static void LeaveOutComputed(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        HashSet<string> constructed = type.Type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.Name ?? string.Empty)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (JsonPropertyInfo property in type.Properties.Where(p => p.Set is null && !constructed.Contains(p.Name)).ToList())
        {
            type.Properties.Remove(property);
        }
    }
}

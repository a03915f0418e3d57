using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Output;

/// <summary>The ratings of answers as <c>feedback --json</c> prints them: the totals, then every record, newest first.</summary>
public sealed record FeedbackJson(int Total, int Helpful, int NotHelpful, IReadOnlyList<FeedbackRecord> Feedback)
{
    public static FeedbackJson From(IReadOnlyList<FeedbackRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return new FeedbackJson(
            records.Count,
            records.Count(r => r.Rating == FeedbackRating.Helpful),
            records.Count(r => r.Rating == FeedbackRating.NotHelpful),
            records);
    }
}

/// <summary>A rating written by its wire name ("helpful", "not_helpful").</summary>
public sealed class FeedbackRatingJsonConverter : JsonConverter<FeedbackRating>
{
    public override FeedbackRating Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Ratings are only ever written.");

    public override void Write(Utf8JsonWriter writer, FeedbackRating value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToWireName());
    }
}

using System.CommandLine;
using System.Globalization;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Output;

namespace DiplomacyBot.Commands;

/// <summary><c>feedback [--json] [--since DATE]</c>: the ratings users gave the bot's answers in chat, newest first, with totals.</summary>
public static class FeedbackCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object: the totals and every rating" };
        var since = new Option<string?>("--since") { Description = "Only ratings given on or after this day (YYYY-MM-DD) or moment (an ISO 8601 time, UTC unless it says)" };
        var command = new Command("feedback", CommandLine.WithExamples("List the ratings given to answers in chat (the helpful / not helpful buttons), newest first, with totals",
            "feedback",
            "feedback --since 2025-10-01",
            "feedback --json")) { json, since };
        command.Validators.Add(result =>
        {
            if (result.GetValue(since) is { } text && !TryParseSince(text, out _))
            {
                result.AddError($"--since: \"{text}\" is not a day written YYYY-MM-DD or an ISO 8601 time");
            }
        });
        command.SetAction((parse, _) => CommandLine.Run(parse, seed: false, context =>
        {
            DateTimeOffset? from = parse.GetValue(since) is { } text && TryParseSince(text, out DateTimeOffset parsed) ? parsed : null;
            IReadOnlyList<FeedbackRecord> records = context.Store.Feedback(from);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(Json.Serialize(FeedbackJson.From(records)));
                return 0;
            }

            foreach (FeedbackRecord r in records)
            {
                string thread = r.Thread is null ? string.Empty : $" thread {r.Thread}";
                Console.Out.WriteLine($"{r.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}  {Label(r.Rating),-11}  {r.Platform} {r.Channel}{thread} · user {r.User}");
                Console.Out.WriteLine($"    Q: {r.Question}");
                Console.Out.WriteLine($"    A: {r.Answer}");
                if (r.CitedArticleIds.Count > 0)
                {
                    Console.Out.WriteLine($"    cited: {string.Join(", ", r.CitedArticleIds)}");
                }
            }

            int helpful = records.Count(r => r.Rating == FeedbackRating.Helpful);
            Console.Out.WriteLine($"{Core.Text.Counted.Of(records.Count, "rating")}: {helpful} helpful, {records.Count - helpful} not helpful.");
            return 0;
        }));
        return command;
    }

    private static string Label(FeedbackRating rating) => rating == FeedbackRating.Helpful ? "helpful" : "not helpful";

    private static bool TryParseSince(string text, out DateTimeOffset since)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            since = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out since)
            && text.Contains('T', StringComparison.Ordinal);
    }
}

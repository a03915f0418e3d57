using System.CommandLine;
using System.Globalization;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Output;

namespace DiplomacyBot.Commands;

/// <summary>
/// <c>timeline [--topic T] [--from DATE] [--to DATE] [--json] [--png FILE]</c>: the events; with <c>--dates N</c>,
/// <c>--per-date K</c> or <c>--query Q</c>, the dates that mattered in the whole collection, each summarised.
/// </summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var topic = new Option<string?>("--topic") { Description = "Only events whose citing sentences or place mention one of these words" };
        var from = new Option<string?>("--from") { Description = "Only events on or after this date (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Only events on or before this date (YYYY-MM-DD)" };
        var json = new Option<bool>("--json") { Description = "Print the timeline as one JSON object" };
        var png = new Option<string?>("--png") { Description = "Also draw the timeline as a PNG chart into this file" };
        var summarize = new Option<bool>("--summarize") { Description = "Add a short narrative over the events, every sentence cited (written by the model when Llm is configured)" };
        var dates = new Option<int?>("--dates") { Description = $"The N dates that mattered most, chosen from the whole collection by the evidence for them, each summarised (default {DefaultDates} with --query)" };
        var perDate = new Option<int>("--per-date") { Description = "With --dates or --query, sentences quoted for each date", DefaultValueFactory = _ => DefaultPerDate };
        var query = new Option<string?>("--query") { Description = "The dates that mattered for this subject: only sentences about it count or are quoted (implies --dates)" };
        var command = new Command("timeline", CommandLine.WithExamples("Dated events (held or planned) in chronological order, each cited; or, with --dates or --query, the dates that mattered, each summarised",
            "timeline",
            "timeline --topic Istanbul --from 2025-02-01 --to 2025-06 --png talks.png",
            "timeline --query \"coffee quotas\" --dates 10 --per-date 2",
            "timeline --dates 20 --json")) { topic, from, to, json, png, summarize, dates, perDate, query };
        command.SetAction((parse, cancellationToken) => CommandLine.RunAsync(parse, seed: true, async (context, ct) =>
        {
            if (!TryDate(parse.GetValue(from), "--from", out DateOnly? fromDate) || !TryDate(parse.GetValue(to), "--to", out DateOnly? toDate))
            {
                return 2;
            }

            if (parse.GetValue(dates) is not null || parse.GetValue(query) is not null)
            {
                return KeyDates(context, parse.GetValue(query), parse.GetValue(dates) ?? DefaultDates, parse.GetValue(perDate), fromDate, toDate, parse.GetValue(json), parse.GetValue(png));
            }

            Timeline timeline = Timeline.Build(context.Store.All().SelectMany(a => a.Events), parse.GetValue(topic), fromDate, toDate);
            if (parse.GetValue(summarize))
            {
                TimelineSummary summary = await context.TimelineSummarizer(parse.GetValue(topic)).SummarizeAsync(timeline, ct).ConfigureAwait(false);
                TimelineJson events = TimelineJson.From(timeline, context.Store);
                Console.Out.Write(parse.GetValue(json)
                    ? Json.Serialize(new TimelineWithSummaryJson(events.Events, events.Undated, TimelineSummaryJson.From(summary))) + "\n"
                    : TimelineSummaryText.Render(summary) + "\n" + TimelineText.Render(timeline, context.Store));
            }
            else
            {
                Console.Out.Write(parse.GetValue(json) ? Json.Serialize(TimelineJson.From(timeline, context.Store)) + "\n" : TimelineText.Render(timeline, context.Store));
            }

            if (parse.GetValue(png) is { Length: > 0 } file)
            {
                string title = parse.GetValue(topic) is { Length: > 0 } t ? $"Timeline: {t}" : "Timeline";
                File.WriteAllBytes(file, new TimelineChart().RenderPng(timeline, title));
                Console.Error.WriteLine($"Chart written to {file}.");
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private const int DefaultDates = 15;

    private const int DefaultPerDate = 1;

    private static int KeyDates(Hosting.BotContext context, string? query, int count, int perDate, DateOnly? from, DateOnly? to, bool asJson, string? png)
    {
        if (count < 1 || perDate < 0)
        {
            Console.Error.WriteLine("error: --dates must be at least 1 and --per-date at least 0");
            return 2;
        }

        if (png is not null)
        {
            Console.Error.WriteLine("error: --png draws the timeline of events; leave out --dates and --query to draw it");
            return 2;
        }

        var keyDates = new Core.Timelines.TopicKeyDates(context.Store, context.Index).Select(query, from, to, count, perDate).Dates;
        Console.Out.Write(asJson ? Json.Serialize(KeyDatesOutput.ToJson(keyDates)) + "\n" : KeyDatesOutput.Render(keyDates, query));
        return 0;
    }

    private static bool TryDate(string? text, string option, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
        {
            date = parsed;
            return true;
        }

        Console.Error.WriteLine($"error: {option} expects a date such as 2025-04-30, not '{text}'");
        return false;
    }
}

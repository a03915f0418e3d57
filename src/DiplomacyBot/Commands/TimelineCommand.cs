using System.CommandLine;
using System.Globalization;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Output;

namespace DiplomacyBot.Commands;

/// <summary><c>timeline [--topic T] [--from DATE] [--to DATE] [--json] [--png FILE]</c>.</summary>
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
        var command = new Command("timeline", "Dated events (held or planned) in chronological order, each cited") { topic, from, to, json, png, summarize };
        command.SetAction((parse, cancellationToken) => CommandLine.RunAsync(parse, seed: true, async (context, ct) =>
        {
            if (!TryDate(parse.GetValue(from), "--from", out DateOnly? fromDate) || !TryDate(parse.GetValue(to), "--to", out DateOnly? toDate))
            {
                return 2;
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

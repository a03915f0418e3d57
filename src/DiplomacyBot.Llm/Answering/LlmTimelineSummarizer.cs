using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Llm.Prompts;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm.Answering;

/// <summary>
/// A timeline narrative written by the model from the events (id, date as the articles give it, what, status, the
/// reporting sentences). Each sentence it writes must cite events it was given; words in quotation marks must be in
/// those events' reports; years must be in their dates or reports. Sentences that fail are dropped; when none is left,
/// or the call fails, the extractive summary is used.
/// </summary>
public sealed partial class LlmTimelineSummarizer(
    IArticleStore store,
    ExtractiveTimelineSummarizer extractive,
    LlmConnection connection,
    IPromptLibrary prompts,
    ILogger logger,
    string? topic = null) : ITimelineSummarizer
{
    public const int MaxEvents = 30;
    public const int MaxTokens = 700;

    [GeneratedRegex(@"\[\s*(e\d+(?:\s*[,;]\s*e\d+)*)\s*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"e\d+", RegexOptions.IgnoreCase)]
    private static partial Regex EventId();

    [GeneratedRegex("[\"\u201C\u201D]([^\"\u201C\u201D]{8,})[\"\u201C\u201D]")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b")]
    private static partial Regex Year();

    public async Task<TimelineSummary> SummarizeAsync(Timeline timeline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        TimelineSummary fallback = extractive.Summarize(timeline);
        var events = timeline.Events.Concat(timeline.Undated).Take(MaxEvents)
            .Select(e => (Event: e, Citations: EventCitations.For(e, store)))
            .Where(e => e.Citations.Count > 0)
            .ToList();
        if (events.Count == 0)
        {
            return fallback;
        }

        try
        {
            RenderedPrompt prompt = prompts.Get(PromptNames.TimelineSummary).Render(new Dictionary<string, string>
            {
                ["topic"] = string.IsNullOrWhiteSpace(topic) ? "(all events)" : topic.Trim(),
                ["events"] = Format(events),
            });
            LlmLog.Prompt(logger, prompt.Name, prompt.System, prompt.User);
            string? reply = await connection.CompleteAsync(prompt, MaxTokens, cancellationToken).ConfigureAwait(false);
            LlmLog.Reply(logger, prompt.Name, reply ?? string.Empty);
            if (ModelJson.Extract(reply) is not { } json)
            {
                LlmLog.SummaryFallback(logger, "the reply was not the JSON object the prompt asks for");
                return fallback;
            }

            var byId = events.ToDictionary(e => e.Event.Id, StringComparer.OrdinalIgnoreCase);
            var claims = new List<SummaryClaim>();
            int dropped = 0;
            foreach (JsonElement sentence in ModelJson.Array(json, "sentences"))
            {
                string? text = sentence.ValueKind == JsonValueKind.Object ? ModelJson.String(sentence, "text") : sentence.ValueKind == JsonValueKind.String ? sentence.GetString() : null;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var ids = Marker().Matches(text).SelectMany(m => EventId().Matches(m.Groups[1].Value)).Select(m => m.Value.ToLowerInvariant())
                    .Concat(sentence.ValueKind == JsonValueKind.Object
                        ? ModelJson.Array(sentence, "events").Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim().ToLowerInvariant())
                        : [])
                    .Distinct()
                    .ToList();
                string claim = Marker().Replace(text, string.Empty).Trim();
                claim = Regex.Replace(claim, @"\s+([.,;:])", "$1");
                if (ids.Count == 0 || ids.Any(id => !byId.ContainsKey(id)) || claim.Length == 0 || !Supported(claim, ids.Select(id => byId[id]).ToList()))
                {
                    dropped++;
                    continue;
                }

                var cited = ids.Select(id => byId[id]).ToList();
                claims.Add(new SummaryClaim(claim, cited.Select(e => e.Event.Id).ToList(), cited.Select(e => e.Citations[0]).ToList()));
            }

            if (claims.Count == 0)
            {
                LlmLog.SummaryFallback(logger, dropped > 0 ? "no sentence cited the events correctly" : "the reply held no sentences");
                return fallback;
            }

            LlmLog.SummaryShown(logger, claims.Count, dropped);
            return new TimelineSummary(claims, "llm");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LlmLog.SummaryFallback(logger, ModelFailure.Describe(ex, connection.Options.Timeout));
            return fallback;
        }
    }

    private static bool Supported(string claim, List<(TimelineEvent Event, IReadOnlyList<Citation> Citations)> cited)
    {
        foreach (Match quoted in QuotedSpan().Matches(claim))
        {
            if (!cited.Any(e => e.Citations.Any(c => QuoteLocator.Find(c.Quote, quoted.Groups[1].Value) is not null)))
            {
                return false;
            }
        }

        foreach (Match year in Year().Matches(claim))
        {
            if (!cited.Any(e => (e.Event.DateValue?.Contains(year.Value, StringComparison.Ordinal) ?? false)
                || e.Event.DateDescription.Contains(year.Value, StringComparison.Ordinal)
                || e.Citations.Any(c => c.Quote.Contains(year.Value, StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    private static string Format(List<(TimelineEvent Event, IReadOnlyList<Citation> Citations)> events)
    {
        var text = new StringBuilder();
        foreach (var (e, citations) in events)
        {
            text.Append('[').Append(e.Id).Append("] ").Append(e.DateDescription).Append(" | ").Append(e.Summary)
                .Append(" | ").AppendLine(e.Status.ToString().ToLowerInvariant());
            foreach (Citation c in citations.Take(2))
            {
                string published = c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "date unknown";
                text.Append("  reported by ").Append(c.Outlet ?? "unknown outlet").Append(", ").Append(published).Append(": ")
                    .AppendLine(string.Join(' ', c.Quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return text.ToString().TrimEnd();
    }
}

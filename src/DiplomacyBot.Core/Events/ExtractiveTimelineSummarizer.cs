using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Events;

/// <summary>
/// The narrative without a model: one sentence per dated event, in order, built only from what the timeline holds
/// (date at its precision, what happened, its status) and cited with the event's first verbatim report.
/// </summary>
public sealed class ExtractiveTimelineSummarizer(IArticleStore store, int maxClaims = 8) : ITimelineSummarizer
{
    public Task<TimelineSummary> SummarizeAsync(Timeline timeline, CancellationToken cancellationToken) => Task.FromResult(Summarize(timeline));

    public TimelineSummary Summarize(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var claims = new List<SummaryClaim>();
        foreach (TimelineEvent e in timeline.Events.Concat(timeline.Undated))
        {
            if (claims.Count == maxClaims)
            {
                break;
            }

            IReadOnlyList<Citation> citations = EventCitations.For(e, store);
            if (citations.Count == 0)
            {
                continue;
            }

            claims.Add(new SummaryClaim(Sentence(e), [e.Id], [citations[0]]));
        }

        return new TimelineSummary(claims, "extractive");
    }

    private static string Sentence(TimelineEvent e)
    {
        string what = char.ToLowerInvariant(e.Summary[0]) + e.Summary[1..];
        string status = (e.Status, e.Kind) switch
        {
            (EventStatus.Held, EventKind.Agreement) => "was reached",
            (EventStatus.Held, EventKind.Announcement) => "was made",
            (EventStatus.Held, _) => "took place",
            (EventStatus.Planned, _) => "was planned",
            _ => "was reported",
        };
        if (e.DateValue is null)
        {
            return $"The {what} {status} ({e.DateDescription}).";
        }

        // "27 Feb 2025" is a day; "Feb 2025", "autumn 2025" and "week 17 of 2025" are periods.
        string description = e.DateDescription;
        string preposition = description.Length > 0 && char.IsDigit(description[0]) && description.Split(' ').Length == 3 ? "On" : "In";
        return $"{preposition} {description}, the {what} {status}.";
    }
}

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
        string status = e.Status switch
        {
            EventStatus.Held => "was held",
            EventStatus.Planned => "was planned",
            _ => "was reported",
        };
        string when = e.DateValue is not null ? $"For {e.DateDescription}, the" : "The";
        string bounds = e.DateValue is null ? $" ({e.DateDescription})" : string.Empty;
        return $"{when} {what} {status}{bounds}.";
    }
}

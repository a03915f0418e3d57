using System.Globalization;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Time;

namespace DiplomacyBot.Feeds.Digest;

/// <summary>
/// Composes a digest: the articles ingested since the last one (newest publication first), and the events those
/// articles bring, each marked new (no earlier report) or changed (its date or status differs from what the earlier
/// reports alone gave), or else as further reports. Quotes are the stored sentences, checked verbatim.
/// </summary>
public static class DigestComposer
{
    public static ChatReply? Compose(IReadOnlyList<Article> stored, DateTimeOffset since, DateTimeOffset now, DigestOptions options, bool postWhenEmpty)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(options);
        var fresh = stored.Where(a => a.IngestedAt > since && a.IngestedAt <= now).ToList();
        var freshIds = fresh.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        string period = $"since {since.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC";
        var events = EventChanges(stored, freshIds);
        if (fresh.Count == 0 && events.Count == 0)
        {
            return postWhenEmpty ? ChatReply.Text($"Digest: no new articles or events {period}.") : null;
        }

        var items = new List<ChatItem>();
        var newestFirst = fresh.OrderByDescending(a => a.Published.Value ?? DateOnly.MinValue).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase).ToList();
        foreach (Article a in newestFirst.Take(options.MaxArticles))
        {
            items.Add(new ChatItem($"New article: {a.Title} · {a.Outlet ?? "unknown outlet"} · {DateText.WithBasis(a.Published.Value, a.Published.Basis)}", a.Url ?? a.Source, []));
        }

        var byId = stored.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var (e, change) in events.Take(options.MaxEvents))
        {
            string heading = $"{Capitalize(change)} event: {e.DateDescription}: {e.Summary} ({e.Status.ToString().ToLowerInvariant()})";
            items.Add(new ChatItem(heading, null, Quotes(e, byId, freshIds).Take(1).ToList()));
        }

        int moreArticles = Math.Max(0, fresh.Count - options.MaxArticles), moreEvents = Math.Max(0, events.Count - options.MaxEvents);
        string more = moreArticles + moreEvents > 0 ? $" ({moreArticles} more articles and {moreEvents} more events not listed)" : string.Empty;
        string lead = $"Digest {period}: {Count(fresh.Count, "new article")}, {Count(events.Count(e => e.Change != "reported again"), "new or changed event")}{more}.";
        return new ChatReply(lead, [], items);
    }

    /// <summary>Events with a mention in a new article: "new", "changed (was ...)", or "reported again".</summary>
    internal static List<(TimelineEvent Event, string Change)> EventChanges(IReadOnlyList<Article> stored, HashSet<string> freshIds)
    {
        if (freshIds.Count == 0)
        {
            return [];
        }

        Timeline now = Timeline.Build(stored.SelectMany(a => a.Events));
        Timeline before = Timeline.Build(stored.Where(a => !freshIds.Contains(a.Id)).SelectMany(a => a.Events));
        var earlier = before.Events.Concat(before.Undated).ToList();
        var changes = new List<(TimelineEvent, string)>();
        foreach (TimelineEvent e in now.Events.Concat(now.Undated))
        {
            if (!e.Mentions.Any(m => freshIds.Contains(m.ArticleId)))
            {
                continue;
            }

            var old = e.Mentions.Where(m => !freshIds.Contains(m.ArticleId)).Select(m => (m.ArticleId, m.SentenceIndex)).ToHashSet();
            TimelineEvent? previous = old.Count == 0 ? null : earlier.FirstOrDefault(p => p.Mentions.Any(m => old.Contains((m.ArticleId, m.SentenceIndex))));
            if (previous is null)
            {
                changes.Add((e, "new"));
            }
            else if (previous.DateValue != e.DateValue || previous.Status != e.Status)
            {
                string was = previous.DateValue != e.DateValue
                    ? $"date was {(previous.DateValue is { } d ? TimexDescriber.Describe(d) : "unknown")}"
                    : $"was {previous.Status.ToString().ToLowerInvariant()}";
                changes.Add((e, $"changed ({was})"));
            }
            else
            {
                changes.Add((e, "reported again"));
            }
        }

        return changes.OrderBy(c => c.Item2 == "new" ? 0 : c.Item2.StartsWith("changed", StringComparison.Ordinal) ? 1 : 2).ToList();
    }

    private static IEnumerable<ChatQuote> Quotes(TimelineEvent e, Dictionary<string, Article> byId, HashSet<string> freshIds) =>
        EventCitations.For(e.Mentions.OrderBy(m => freshIds.Contains(m.ArticleId) ? 0 : 1), id => byId.GetValueOrDefault(id)).Select(ChatEngine.Quote);

    private static string Count(int n, string noun) => Core.Text.Counted.Of(n, noun);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

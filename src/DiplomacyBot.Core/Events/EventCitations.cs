using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Events;

/// <summary>The verbatim sentences that report an event, read from the store and checked like every quote.</summary>
public static class EventCitations
{
    public static IReadOnlyList<Citation> For(TimelineEvent timelineEvent, IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return For(timelineEvent.Mentions, store.Get);
    }

    /// <summary>The citations of these mentions, in their order, each article found by <paramref name="article"/>.</summary>
    public static IReadOnlyList<Citation> For(IEnumerable<EventMention> mentions, Func<string, Articles.Article?> article)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(article);
        var citations = new List<Citation>();
        foreach (EventMention mention in mentions.DistinctBy(m => (m.ArticleId, m.SentenceIndex)))
        {
            if (article(mention.ArticleId) is not { } found || mention.SentenceIndex >= found.Sentences.Count)
            {
                continue;
            }

            if (Citation.Verified(found, found.Sentences[mention.SentenceIndex], 1.0) is { } citation)
            {
                citations.Add(citation);
            }
        }

        return citations;
    }
}

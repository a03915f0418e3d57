using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Events;

/// <summary>The verbatim sentences that report an event, read from the store and checked like every quote.</summary>
public static class EventCitations
{
    public static IReadOnlyList<Citation> For(TimelineEvent timelineEvent, IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(timelineEvent);
        ArgumentNullException.ThrowIfNull(store);
        var citations = new List<Citation>();
        foreach (EventMention mention in timelineEvent.Mentions.DistinctBy(m => (m.ArticleId, m.SentenceIndex)))
        {
            if (store.Get(mention.ArticleId) is not { } article || mention.SentenceIndex >= article.Sentences.Count)
            {
                continue;
            }

            Citation citation = Citation.From(article, article.Sentences[mention.SentenceIndex], 1.0);
            if (QuoteVerifier.IsVerbatim(article, citation))
            {
                citations.Add(citation);
            }
        }

        return citations;
    }
}

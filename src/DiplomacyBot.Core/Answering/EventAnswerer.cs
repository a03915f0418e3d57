using DiplomacyBot.Core.Events;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// Answers "when" questions from events: the mentions in the articles that ranked best are merged into events, and the
/// event that matches the question (its ordinal and place, and sentences that ranked well) gives the date and status,
/// at the precision the evidence supports.
/// </summary>
internal static class EventAnswerer
{
    private const int ArticlesConsidered = 30;

    public static (TimelineEvent Event, List<ScoredSentence> Evidence)? Find(AnalyzedQuestion question, List<ScoredSentence> ranked)
    {
        var rank = new Dictionary<(string, int), double>();
        foreach (ScoredSentence s in ranked)
        {
            rank.TryAdd((s.Article.Id, s.Sentence.Index), s.Score);
        }

        var articles = ranked.Select(s => s.Article).DistinctBy(a => a.Id).Take(ArticlesConsidered).ToList();
        var places = Places.Default.Find(question.Text).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var best = EventMerger.Merge(articles.SelectMany(a => a.Events))
            .Where(e => question.Ordinal is not { } n || e.Ordinal == n)
            .Where(e => places.Count == 0 || e.Place is null || places.Contains(e.Place))
            .Select(e => (Event: e, Score: e.Mentions.Sum(m => rank.GetValueOrDefault((m.ArticleId, m.SentenceIndex)))))
            .Where(x => x.Score > 0 && (x.Event.DateValue is not null || x.Event.After is not null || x.Event.Before is not null))
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        if (best.Event is null)
        {
            return null;
        }

        var byArticle = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var evidence = best.Event.Mentions
            .DistinctBy(m => (m.ArticleId, m.SentenceIndex))
            .OrderByDescending(m => m.DateValue == best.Event.DateValue && m.DateValue is not null)
            .ThenByDescending(m => rank.GetValueOrDefault((m.ArticleId, m.SentenceIndex)))
            .Select(m => (Mention: m, Article: byArticle[m.ArticleId]))
            .Select(x => new ScoredSentence(x.Article, x.Article.Sentences[x.Mention.SentenceIndex], rank.GetValueOrDefault((x.Mention.ArticleId, x.Mention.SentenceIndex)), 1, 0, 0))
            .ToList();
        return (best.Event, evidence);
    }
}

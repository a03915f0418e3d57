using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Timelines;

/// <summary>The key dates chosen, and how many articles they were chosen from.</summary>
public sealed record TopicKeyDatesResult(IReadOnlyList<KeyDate> Dates, int Articles);

/// <summary>
/// The dates that mattered about a subject, as the command line, the chat and the bench choose them. With a subject,
/// only the sentences among the best BM25 matches for it count as evidence or can be quoted (a sentence about something
/// else on the same page makes no date), and only their articles are read; with no search index at hand, the sentences
/// holding one of the subject's words. Without a subject, every stored article counts.
/// </summary>
public sealed partial class TopicKeyDates(IArticleStore store, IPassageIndex? index = null, KeyDateSelector? selector = null)
{
    /// <summary>Sentences about the subject read at most (the best BM25 matches).</summary>
    public const int QuerySentences = 5000;

    private readonly KeyDateSelector _selector = selector ?? new KeyDateSelector();

    /// <param name="all">The whole collection when the caller has already read it (so it is not read again).</param>
    public TopicKeyDatesResult Select(string? topic, DateOnly? from, DateOnly? to, int dates, int perDate, IReadOnlyCollection<Article>? all = null)
    {
        IReadOnlyCollection<Article> articles;
        Func<Article, Sentence, bool>? relevant = null;
        if (string.IsNullOrWhiteSpace(topic))
        {
            articles = all ?? [.. store.All()];
        }
        else if (index is not null)
        {
            AnalyzedQuestion analyzed = new QuestionAnalyzer().Analyze(topic);
            var hits = index.Search(analyzed.ToQuery(), QuerySentences).Hits;
            var about = hits.Select(h => (h.ArticleId, h.SentenceIndex)).ToHashSet();
            articles = [.. store.GetMany(hits.Select(h => h.ArticleId).Distinct(StringComparer.Ordinal).ToList()).Values];
            relevant = (article, sentence) => about.Contains((article.Id, sentence.Index));
        }
        else
        {
            var words = TopicWord().Matches(topic).Select(m => m.Value).ToList();
            articles = all ?? [.. store.All()];
            relevant = words.Count == 0 ? null
                : (article, sentence) => words.Any(w => sentence.TextOf(article).Contains(w, StringComparison.OrdinalIgnoreCase));
        }

        return new TopicKeyDatesResult(_selector.SelectWithin(articles, from, to, dates, perDate, relevant), articles.Count);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]{3,}")]
    private static partial System.Text.RegularExpressions.Regex TopicWord();
}

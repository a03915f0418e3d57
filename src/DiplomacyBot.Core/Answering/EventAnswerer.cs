using System.Text.RegularExpressions;
using DiplomacyBot.Core.Events;

namespace DiplomacyBot.Core.Answering;

/// <summary>
/// Answers "when" questions from events: the mentions in the articles that ranked best are merged into events, and the
/// event that matches the question (its ordinal and place, and sentences that ranked well) gives the date and status,
/// at the precision the evidence supports.
/// </summary>
internal static partial class EventAnswerer
{
    private const int ArticlesConsidered = 30;

    /// <summary>The event reported by one of the <paramref name="leading"/> sentences that best matches the question.</summary>
    public static (TimelineEvent Event, List<ScoredSentence> Evidence)? Find(AnalyzedQuestion question, List<ScoredSentence> leading, List<ScoredSentence> ranked)
    {
        var rank = new Dictionary<(string, int), double>();
        foreach (ScoredSentence s in ranked)
        {
            rank.TryAdd((s.Article.Id, s.Sentence.Index), s.Score);
        }

        var lead = leading.Select(s => (s.Article.Id, s.Sentence.Index)).ToHashSet();

        var articles = ranked.Select(s => s.Article).DistinctBy(a => a.Id).Take(ArticlesConsidered).ToList();
        EventStatus? tense = question.Tense;
        var places = question.Places;
        var merged = EventMerger.Merge(articles.SelectMany(a => a.Events)).ToList();
        bool meetingAsked = question.NamesMeeting;
        bool nextAsked = question.LooksAhead;
        var candidates = Matching(question, merged)
            .Where(e => e.Mentions.Any(m => lead.Contains((m.ArticleId, m.SentenceIndex))))
            // "the next round" is a meeting still to come: not an announcement about one, nor a round already held.
            .Where(e => !meetingAsked || e.Kind is EventKind.Round or EventKind.Talks or EventKind.Meeting or EventKind.Summit)
            .Where(e => !nextAsked || (e.Status != EventStatus.Held && !DatedBeforeItsReports(e)))
            .ToList();
        // The next one is what the newest reports expect.
        DateOnly? newest = nextAsked ? candidates.Select(LastReported).Max() : null;
        var best = candidates
            .Select(e => (Event: e, Score: Score(e, rank, tense) + (e.Place is not null && IsAt(e.Place, places) ? 0.3 : 0) + (e.DateValue is not null ? 0.1 : 0)
                + (newest is not null && LastReported(e) == newest ? NewestNextWeight : 0)))
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

    private const double NewestNextWeight = 0.3;

    private static DateOnly? LastReported(TimelineEvent e) => e.Mentions.Select(m => m.ArticlePublished).Max();

    /// <summary>An event dated before the reports of it were written is past, whatever words announced it.</summary>
    private static bool DatedBeforeItsReports(TimelineEvent e) =>
        e.DateValue is { } value && Time.TimexDescriber.TryGetRange(value, out _, out DateOnly last)
        && e.Mentions.Select(m => m.ArticlePublished).Max() is { } reported && last < reported;

    /// <summary>
    /// The events a question can be about: those with its ordinal (for "the first ... in Istanbul", also the earliest
    /// event at that place when no report numbers it) and, when it names places, at one of them or unplaced.
    /// </summary>
    public static IEnumerable<TimelineEvent> Matching(AnalyzedQuestion question, IReadOnlyList<TimelineEvent> events)
    {
        var places = question.Places;
        TimelineEvent? earliestThere = question.Ordinal == 1 && places.Count > 0
            ? events.Where(e => e.Place is not null && IsAt(e.Place, places) && e.SortKey is not null && e.Ordinal is null or 1)
                .OrderBy(e => e.SortKey).FirstOrDefault()
            : null;
        return events
            .Where(e => question.Ordinal is not { } n || e.Ordinal == n || e == earliestThere)
            .Where(e => places.Count == 0 || e.Place is null || IsAt(e.Place, places));
    }

    /// <summary>
    /// Whether a place is one of those asked about, or lies in the one country a question names (Osaka, for "the Japan
    /// talks"). Of two or more places, some are the sides ("when did Japan and China meet in Geneva?"), and a meeting in
    /// one side's capital is not the one asked about.
    /// </summary>
    private static bool IsAt(string place, IReadOnlySet<string> asked) =>
        asked.Contains(place) || (asked.Count == 1 && Text.CountryPlaces.IsWithin(place, asked.First()));

    /// <summary>
    /// An event scores by its best-ranked citing sentence, a little more for more reports, and more when its status fits
    /// the question's tense ("when did they meet" wants a held event, "when does the council meet" an upcoming one).
    /// </summary>
    private static double Score(TimelineEvent e, Dictionary<(string, int), double> rank, EventStatus? tense)
    {
        double best = e.Mentions.Max(m => rank.GetValueOrDefault((m.ArticleId, m.SentenceIndex)));
        if (best <= 0)
        {
            return 0;
        }

        return best + (0.05 * Math.Log(e.Mentions.Count)) + (tense is { } wanted && e.Status == wanted ? 0.3 : 0);
    }

    /// <summary>Held for a question about the past ("when did", "who led"), planned for one about the future, else null.</summary>
    public static EventStatus? Tense(string question)
    {
        // "When did Moscow confirm the second meeting would be in Istanbul?": the reported clause gives the event's tense.
        if (ReportedClause.Match(question) is { Success: true } reported)
        {
            question = reported.Groups["clause"].Value;
        }

        // "How long will the visit last?": a future auxiliary decides, whatever participles follow it.
        if (FutureAuxiliary().IsMatch(question))
        {
            return EventStatus.Planned;
        }

        if (PastQuestion().IsMatch(question))
        {
            return EventStatus.Held;
        }

        return FutureQuestion().IsMatch(question) ? EventStatus.Planned : null;
    }

    private static readonly Regex ReportedClause = new(@"\b(?:" + Text.ReportingVerbs.Clause + @")\s+(?:that\s+)?(?<clause>\S.*\b(?:will|would|shall|was|were|is|are|had|has|have)\b.*)$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    [GeneratedRegex(@"\b(?:will|would|shall|going to|due to|scheduled to|expected to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureAuxiliary();

    [GeneratedRegex(@"\b(?:did|was|were|had|happened|took place|held|led|headed|met|agreed|signed|discussed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastQuestion();

    [GeneratedRegex(@"\b(?:will|does|do|is|are|next|upcoming|planned|scheduled|shall)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureQuestion();
}

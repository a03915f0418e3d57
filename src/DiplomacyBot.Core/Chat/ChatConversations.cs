using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// The bot's conversations in chat, kept in the store: each answer is remembered with its thread, its quotes and
/// further quotes, and what it was about, so that a follow-up in the thread is read with it
/// (<see cref="FollowUpResolver"/>), a rating is recorded once per user, and "More sources" shows the next quotes. A
/// thread's context lasts <see cref="ChatOptions.ThreadContextHours"/> after the bot last answered in it. When the store
/// cannot be reached, questions are still answered, on their own and without buttons.
/// </summary>
public sealed class ChatConversations(IConversationStore store, ChatOptions options, TimeProvider time)
{
    /// <summary>The quotes an answer shows; the rest wait for "More sources".</summary>
    public const int QuotesShown = 3;

    public const int QuotesPerPage = 3;

    /// <summary>How many further quotes an answer keeps for "More sources".</summary>
    public const int MaxMore = 9;

    private const int Candidates = 60;

    private readonly QuestionAnalyzer analyzer = new();
    private readonly FollowUpResolver resolver = new();

    /// <summary>
    /// Whether the bot has answered in the thread, or the thread was started from one of its answers, and the context
    /// has not expired.
    /// </summary>
    public bool Follows(string platform, string channel, string thread) => Previous(platform, channel, thread) is not null;

    /// <summary>Remembers the ids of the messages the bot posted with an answer (a thread started from one of them continues it).</summary>
    public void Posted(string platform, string answerId, IReadOnlyList<string> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        if (messageIds.Count > 0)
        {
            Safely(() =>
            {
                store.SavePosted(answerId, messageIds);
                return true;
            }, false);
        }
    }

    /// <summary>The thread of the bot's answer to the message (a reply to that answer continues it); null when there is none.</summary>
    public string? ThreadOf(string platform, string channel, string messageId) =>
        Safely(() => store.AnswerToMessage(platform, channel, messageId, time.GetUtcNow())?.Thread, null);

    /// <summary>
    /// The thread of the answer the bot posted as the message (a reply to it continues that answer): the answer's own
    /// thread, else the message itself. Null when the bot posted no answer as it, or its context expired.
    /// </summary>
    public string? ThreadOfPosted(string platform, string messageId) =>
        Safely(() => store.AnswerPostedAs(platform, messageId, time.GetUtcNow()) is { } record ? record.Thread ?? messageId : null, null);

    /// <summary>The question as the bot reads it: with the thread's earlier answer when it depends on it.</summary>
    public FollowUp Read(IncomingQuestion question, string text)
    {
        ArgumentNullException.ThrowIfNull(question);
        AnswerRecord? previous = question.Thread is { } thread ? Previous(question.Platform, question.Channel, thread) : null;
        return resolver.Resolve(text, previous);
    }

    /// <summary>The bot's latest answer in the thread, else the answer the thread was started from.</summary>
    private AnswerRecord? Previous(string platform, string channel, string thread)
    {
        DateTimeOffset now = time.GetUtcNow();
        return Safely(() => store.LatestInThread(platform, channel, thread, now) ?? store.AnswerPostedAs(platform, thread, now), null);
    }

    /// <summary>Remembers the answer and returns it as a reply with its buttons (without them when the store fails).</summary>
    public ChatReply Remember(IncomingQuestion question, FollowUp read, Answer answer, IReadOnlyList<Citation> further, IArticleStore articles)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(further);
        var shown = answer.Citations.Take(QuotesShown).ToList();
        var more = answer.Citations.Skip(QuotesShown).Concat(further)
            .Where(c => !shown.Any(s => s.ArticleId == c.ArticleId && s.Start == c.Start))
            .DistinctBy(c => (c.ArticleId, c.Start))
            .Take(MaxMore)
            .ToList();
        DateTimeOffset now = time.GetUtcNow();
        var record = new AnswerRecord
        {
            Id = ChatButton.NewAnswerId(),
            Platform = question.Platform,
            Channel = question.Channel,
            Thread = question.Thread,
            QuestionMessage = question.MessageId,
            User = question.User,
            Question = read.Question,
            AskedAs = read.IsFollowUp ? question.Text : null,
            Lead = answer.Lead,
            CitedArticleIds = shown.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).ToList(),
            Quotes = shown.Select(ChatEngine.Quote).ToList(),
            More = more.Select(ChatEngine.Quote).ToList(),
            Subject = SubjectOf(analyzer.Analyze(read.Question), shown, articles),
            Ephemeral = question.Ephemeral,
            AnsweredAt = now,
            Expires = now + options.ThreadContext,
        };
        bool saved = Safely(() =>
        {
            store.SaveAnswer(record);
            return true;
        }, false);
        ChatReply reply = Reply(record);
        return saved ? reply : reply with { Actions = null };
    }

    /// <summary>
    /// Further passages on the question for "More sources": the index's best sentences from articles the answer does not
    /// quote, one an article, each verified verbatim.
    /// </summary>
    public IReadOnlyList<Citation> Further(string question, Answer answer, DateOnly? asOf, IArticleStore articles, IPassageIndex? index)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(articles);
        if (index is null)
        {
            return [];
        }

        AnalyzedQuestion asked = analyzer.Analyze(question) with { AsOf = asOf };
        if (asked.Groups.Count == 0)
        {
            return [];
        }

        var quoted = answer.Citations.Select(c => c.ArticleId).ToHashSet(StringComparer.Ordinal);
        var further = new List<Citation>();
        foreach (PassageHit hit in index.Search(asked.ToQuery(), Candidates).Hits.OrderByDescending(h => h.Score))
        {
            if (further.Count >= MaxMore)
            {
                break;
            }

            if (!quoted.Add(hit.ArticleId) || articles.Get(hit.ArticleId) is not { } article || hit.SentenceIndex >= article.Sentences.Count)
            {
                continue;
            }

            if (Citation.Verified(article, article.Sentences[hit.SentenceIndex], hit.Score) is { } citation)
            {
                further.Add(citation);
            }
        }

        return further;
    }

    /// <summary>What a click on one of an answer's buttons does. A button of an answer the bot does not know, or of another channel's, does nothing.</summary>
    public ChatActionResult Act(ChatAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (store.Answer(action.Button.AnswerId) is not { } record)
        {
            return ChatActionResult.Ignored("no such answer");
        }

        if (record.Platform != action.Platform || record.Channel != action.Channel)
        {
            return ChatActionResult.Ignored("an answer given elsewhere");
        }

        switch (action.Button.Kind)
        {
            case ChatActionKind.Helpful or ChatActionKind.NotHelpful:
                FeedbackRating rating = action.Button.Kind == ChatActionKind.Helpful ? FeedbackRating.Helpful : FeedbackRating.NotHelpful;
                bool first = store.SaveFeedback(new FeedbackRecord(
                    record.Id, record.Platform, record.Channel, record.Thread, action.User, record.Question, record.Lead, record.CitedArticleIds, rating, action.ReceivedAt));
                string said = rating == FeedbackRating.Helpful ? "helpful" : "not helpful";
                return new ChatActionResult(
                    ChatActionOutcome.Update,
                    Reply(record) with { Note = $"Thanks for the feedback: marked {said}." },
                    record.Thread,
                    first ? "feedback recorded" : "feedback updated");
            case ChatActionKind.MoreSources:
                return MoreSources(record, action.Button.Page);
            default:
                if (!record.Ephemeral)
                {
                    return ChatActionResult.Ignored("the answer is already in the channel");
                }

                AnswerRecord shared = record with { Ephemeral = false };
                store.SaveAnswer(shared);
                return new ChatActionResult(ChatActionOutcome.Share, Reply(shared), record.Thread, "shared");
        }
    }

    /// <summary>The reply an answer record shows: its lead, quotes and buttons, and how a follow-up was read.</summary>
    public static ChatReply Reply(AnswerRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ChatReply(record.Lead, record.Quotes, [])
        {
            Actions = new ChatActions(record.Id, Feedback: true, MorePage: record.More.Count > 0 ? 1 : null, Share: record.Ephemeral),
            ReadAs = record.AskedAs is null ? null : record.Question,
        };
    }

    private static ChatActionResult MoreSources(AnswerRecord record, int page)
    {
        int from = (page - 1) * QuotesPerPage;
        if (page < 1 || from >= record.More.Count)
        {
            return ChatActionResult.Ignored("no more sources");
        }

        var quotes = record.More.Skip(from).Take(QuotesPerPage).ToList();
        int to = from + quotes.Count;
        int shown = record.Quotes.Count;
        var reply = new ChatReply($"More sources ({shown + from + 1}–{shown + to} of {shown + record.More.Count}) for: {record.Question}", quotes, [])
        {
            Actions = to < record.More.Count ? new ChatActions(record.Id, Feedback: false, MorePage: page + 1, Share: false) : null,
        };
        return new ChatActionResult(ChatActionOutcome.Post, reply, record.Thread, $"sources page {page}") { Private = record.Ephemeral };
    }

    /// <summary>The event, people and places a question and the sentences quoted for it are about.</summary>
    internal static ThreadSubject SubjectOf(AnalyzedQuestion asked, IReadOnlyList<Citation> cited, IArticleStore articles)
    {
        var events = new List<EventMention>();
        foreach (Citation citation in cited)
        {
            if (articles.Get(citation.ArticleId) is not { } article)
            {
                continue;
            }

            var sentences = article.Sentences.Where(s => s.Start < citation.End && s.End > citation.Start).Select(s => s.Index).ToHashSet();
            events.AddRange(article.Events.Where(e => sentences.Contains(e.SentenceIndex)));
        }

        string? named = asked.NumberedEvent is { } numbered ? "the " + numbered : events.Select(Describe).FirstOrDefault(d => d is not null);
        var keys = asked.Groups.Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        string topic = string.Join(' ', asked.Text.Split([' ', '?', '!', '.', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries).Where(keys.Contains));
        var people = events.SelectMany(e => e.Participants).Prepend(asked.Side).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();
        var places = asked.Places.Concat(events.Select(e => e.Place).OfType<string>()).Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();
        return new ThreadSubject(named, topic, people, places);
    }

    private static string? Describe(EventMention mention)
    {
        string? noun = mention.Kind.Noun();
        if (noun is null)
        {
            return null;
        }

        string ordinal = mention.Ordinal is { } n ? Text.Ordinals.Word(n) + " " : string.Empty;
        string place = mention.Place is { } p ? " in " + p : string.Empty;
        return $"the {ordinal}{noun}{place}";
    }

    /// <summary>A read or write of the conversation memory; when the store fails, the fallback (the bot answers without it).</summary>
    private static T Safely<T>(Func<T> work, T fallback)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or ArgumentException))
        {
            return fallback;
        }
    }
}

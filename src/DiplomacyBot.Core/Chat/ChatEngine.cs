using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Timelines;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Chat;

/// <summary>
/// Turns an incoming question into a platform-neutral reply: questions go to the answerer, <c>timeline</c> to the
/// dates that mattered most (with the events' chart when one is configured), <c>sources</c> and <c>latest</c> to the store. One request
/// runs at a time, because the store and index behind the answerer are shared. The admin commands (<c>ingest</c>,
/// <c>feeds</c>, <c>reindex</c>) run only for the users and channels <see cref="AdminOptions"/> lists, outside that
/// one-at-a-time gate: they fetch over the network and serialise their own writes. With <see cref="ChatConversations"/>,
/// a question in a thread is read with the thread's earlier answer, and every answer is remembered with its buttons.
/// </summary>
public sealed class ChatEngine(
    IAnswerer answerer,
    IArticleStore store,
    ITimelineChart? chart = null,
    IAdminCommands? admin = null,
    AdminOptions? adminOptions = null,
    Search.IPassageIndex? index = null,
    ChatConversations? conversations = null) : IDisposable
{
    public const string NotAllowed = "Only the users and channels listed in the bot's Admin configuration may use ingest, feeds and reindex.";

    public const int MaxListed = 20;
    public const int QuotesPerEvent = 2;

    private readonly SemaphoreSlim gate = new(1, 1);

    public static string HelpText { get; } =
        "Ask me about the talks and I answer from the stored news articles, with verbatim, dated quotes.\n" +
        "• ask <question> (or just mention me with a question); ask as of YYYY-MM-DD <question>: as the articles stood that day\n" +
        "• timeline [topic] [from YYYY-MM-DD] [to YYYY-MM-DD]: dated events, with a chart\n" +
        "• sources: the stored articles\n" +
        "• latest: the newest articles\n" +
        "• help: this list\n" +
        "• ingest <url>, feeds [list | add <url> | remove <url>], reindex: for admins";

    public async Task<ChatReply> HandleAsync(IncomingQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ChatCommand command = ChatCommand.Parse(question.Text);
        if (command.Kind is ChatCommandKind.Ingest or ChatCommandKind.Feeds or ChatCommandKind.Reindex)
        {
            return await AdminAsync(command, question, cancellationToken).ConfigureAwait(false);
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return command.Kind switch
            {
                ChatCommandKind.Ask when command.Argument.Length == 0 => ChatReply.Text("What would you like to know? Try: ask When is the third round?"),
                ChatCommandKind.Ask => await AnswerAsync(question, command, cancellationToken).ConfigureAwait(false),
                ChatCommandKind.Timeline => FromTimeline(command),
                ChatCommandKind.Sources => Sources("Stored articles, newest first", MaxListed),
                ChatCommandKind.Latest => Sources("The newest articles", 5),
                _ => ChatReply.Text(HelpText),
            };
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Remembers the ids of the messages an answer was posted as (a thread started from one of them continues it).</summary>
    public void Posted(string platform, string answerId, IReadOnlyList<string> messageIds) =>
        conversations?.Posted(platform, answerId, messageIds);

    /// <summary>What a click on an answer's button does (nothing without <see cref="ChatConversations"/>).</summary>
    public ChatActionResult Act(ChatAction action) =>
        conversations?.Act(action) ?? ChatActionResult.Ignored("conversations are not kept");

    private async Task<ChatReply> AnswerAsync(IncomingQuestion question, ChatCommand command, CancellationToken cancellationToken)
    {
        if (conversations is null)
        {
            return FromAnswer(await answerer.AskAsync(command.Argument, command.AsOf, cancellationToken).ConfigureAwait(false));
        }

        FollowUp read = conversations.Read(question, command.Argument);
        Answer answer = await answerer.AskAsync(read.Question, command.AsOf, cancellationToken).ConfigureAwait(false);
        var further = conversations.Further(read.Question, answer, command.AsOf, store, index);
        return conversations.Remember(question with { Text = command.Argument }, read, answer, further, store);
    }

    /// <summary>The answer for <c>POST /api/ask</c> and other callers that want the answer itself rather than a chat reply.</summary>
    public async Task<Answer> AskAsync(string question, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await answerer.AskAsync(question, asOf, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ChatReply> AdminAsync(ChatCommand command, IncomingQuestion question, CancellationToken cancellationToken)
    {
        if (admin is null)
        {
            return ChatReply.Text("Admin commands are not available in this bot.");
        }

        if (adminOptions is null || !adminOptions.Allows(question))
        {
            return ChatReply.Text(NotAllowed);
        }

        return command.Kind switch
        {
            ChatCommandKind.Ingest => await admin.IngestUrlAsync(command.Argument, cancellationToken).ConfigureAwait(false),
            ChatCommandKind.Feeds => await admin.FeedsAsync(command.Argument, cancellationToken).ConfigureAwait(false),
            _ => await admin.ReindexAsync(cancellationToken).ConfigureAwait(false),
        };
    }

    public static ChatReply FromAnswer(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new ChatReply(answer.Lead, answer.Citations.Select(Quote).ToList(), []);
    }

    public static ChatQuote Quote(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return new ChatQuote(citation.Quote, citation.Title, citation.Outlet ?? "unknown outlet", DateText.WithBasis(citation.Published, citation.DateBasis), citation.Source);
    }

    private ChatReply FromTimeline(ChatCommand command)
    {
        var articles = store.All().ToList();
        Timeline timeline = Timeline.Build(articles.SelectMany(a => a.Events), command.Topic, command.From, command.To);
        IReadOnlyList<KeyDate> keyDates = KeyDates(articles, command);
        if (keyDates.Count == 0 && timeline.Events.Count == 0 && timeline.Undated.Count == 0)
        {
            return ChatReply.Text("No dated events found in the stored articles for that topic and period.");
        }

        ChatImage? image = chart is not null && timeline.Events.Count > 0
            ? new ChatImage("timeline.png", command.Topic is { } topic ? $"Timeline: {topic}" : "Timeline", chart.RenderPng(timeline, command.Topic is { } t ? $"Timeline: {t}" : "Timeline"))
            : null;
        if (keyDates.Count == 0)
        {
            var items = timeline.Events.Concat(timeline.Undated).Take(MaxListed).Select(Item).ToList();
            int total = timeline.Events.Count + timeline.Undated.Count;
            string lead = total > items.Count
                ? $"Timeline: {total} events; the first {items.Count} are listed."
                : $"Timeline: {Text.Counted.Of(total, "event")}.";
            return new ChatReply(lead, [], items, image);
        }

        // The dates that mattered, each with the sentence that says best what happened; the chart shows the events.
        string about = command.Topic is { } subject ? $" about {subject}" : string.Empty;
        return new ChatReply(
            $"Timeline{about}: the {Text.Counted.Of(keyDates.Count, "date")} that mattered most, {DateText.Day(keyDates[0].Day)} to {DateText.Day(keyDates[^1].Day)}.",
            [],
            keyDates.Select(KeyDateItem).ToList(),
            image);
    }

    /// <summary>The key dates of the articles (about the command's topic, within its period): the chat's timeline, chosen as <c>timeline --query</c> chooses them.</summary>
    private IReadOnlyList<KeyDate> KeyDates(List<Article> articles, ChatCommand command) =>
        new TopicKeyDates(store, index).Select(command.Topic, command.From, command.To, MaxListed, QuotesPerEvent, articles).Dates;

    private static ChatItem KeyDateItem(KeyDate date)
    {
        var quotes = date.Citations().Select(Quote).ToList();
        string summary = date.Sentences.Count > 0 ? Text.Shortened.To(date.Sentences[0].Text.Trim(), 200) : string.Empty;
        return new ChatItem($"{DateText.Day(date.Day)}: {summary}", null, quotes);
    }

    private ChatItem Item(TimelineEvent e)
    {
        string heading = $"{e.DateDescription}: {e.Summary} ({e.Status.ToString().ToLowerInvariant()})";
        string? detail = e.ConflictingDates.Count > 0
            ? "Conflicting dates reported: " + string.Join(", ", e.ConflictingDates.Select(Time.TimexDescriber.Describe))
            : null;
        return new ChatItem(heading, detail, EventCitations.For(e, store).Take(QuotesPerEvent).Select(Quote).ToList());
    }

    private ChatReply Sources(string lead, int limit)
    {
        var newestFirst = store.All().OrderByDescending(a => a.Published.Value ?? DateOnly.MinValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        if (newestFirst.Count == 0)
        {
            return ChatReply.Text("No articles are stored yet.");
        }

        IReadOnlyDictionary<string, string> originals = (store as Duplicates.INearDuplicateStore)?.NearDuplicateLinks() ?? new Dictionary<string, string>();
        var items = newestFirst.Take(limit)
            .Select(a => new ChatItem(
                $"{a.Title} · {a.Outlet ?? "unknown outlet"} · {DateText.WithBasis(a.Published.Value, a.Published.Basis)}",
                originals.TryGetValue(a.Id, out string? original) ? $"{a.Url ?? a.Source} (near-duplicate of {original})" : a.Url ?? a.Source,
                []))
            .ToList();
        string more = newestFirst.Count > items.Count ? $" ({newestFirst.Count} in all; the newest {items.Count} are listed)" : string.Empty;
        return new ChatReply(lead + more + ":", [], items);
    }

    public void Dispose() => gate.Dispose();
}

using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Chat;

/// <summary>
/// Conversations through the chat engine, on a small corpus answered for real: follow-ups in a thread are read with
/// the thread's answer, feedback is recorded once per user, "More sources" pages through further quotes, and a
/// thread's context expires.
/// </summary>
public sealed class ChatConversationTests : IDisposable
{
    private static readonly MemoryArticleStore Store = MemoryArticleStore.Of(
        ("f1", "2024-03-04", "Fisheries talks open in Oslo",
            "Norway and Iceland opened the first round of fisheries talks in Oslo on Monday. The talks were chaired by Norwegian negotiator Kari Holm. Officials said the two sides would discuss quotas for herring and cod."),
        ("f2", "2024-03-20", "Second round of fisheries talks set",
            "The second round of fisheries talks will be held in Reykjavik on April 10. Iceland's chief negotiator, Jon Petursson, said the talks would last three days."),
        ("f3", "2024-04-12", "Fisheries talks end with herring deal",
            "Norway and Iceland agreed on a herring quota of 400,000 tonnes at the second round of talks in Reykjavik. The agreement was reached because both fleets had exhausted their stocks. Cod quotas were left for a third round."),
        ("f4", "2024-04-20", "Fisheries talks: ministers welcome accord",
            "Fisheries ministers from both countries welcomed the herring accord on Friday. A third round of fisheries talks is planned for the autumn."),
        ("f5", "2024-03-01", "Observers named for fisheries talks",
            "The observer delegations to the fisheries talks were led by Germany's deputy fisheries minister Anna Weber and France's chief negotiator Luc Moreau."));

    private readonly SettableClock clock = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly MemoryConversationStore conversations = new();
    private readonly RecordingAnswerer answerer;
    private readonly ChatEngine engine;

    public ChatConversationTests()
    {
        answerer = new RecordingAnswerer(new ExtractiveAnswerer(Store, MemoryPassageIndex.Of(Store.All()), new QuestionAnalyzer(), new AnswerOptions(), clock: clock));
        engine = new ChatEngine(answerer, Store, index: MemoryPassageIndex.Of(Store.All()), conversations: new ChatConversations(conversations, new ChatOptions { ThreadContextHours = 2 }, clock));
    }

    private IncomingQuestion Question(string text, string thread, string? message = null, string channel = "C1") =>
        new("slack", "T1", channel, thread, "U1", text, clock.GetUtcNow()) { MessageId = message ?? thread };

    [Fact]
    public async Task FollowUp_InTheThread_IsAnsweredWithTheThreadsEvent()
    {
        await engine.HandleAsync(Question("When was the second round of fisheries talks?", "1.0"), CancellationToken.None);

        ChatReply reply = await engine.HandleAsync(Question("Where did that happen?", "1.0", "1.5"), CancellationToken.None);

        Assert.Equal("Where did the second round happen?", answerer.Asked.Last());
        Assert.Equal(answerer.Asked.Last(), reply.ReadAs);
        Assert.StartsWith("Reykjavik", reply.Lead, StringComparison.Ordinal);
        Assert.Equal("1.0", conversations.Answers[^1].Thread);
        Assert.Equal("1.5", conversations.Answers[^1].QuestionMessage);
    }

    [Fact]
    public async Task SameWords_InAnotherThread_AreAnsweredAsAsked()
    {
        await engine.HandleAsync(Question("When was the second round of fisheries talks?", "1.0"), CancellationToken.None);

        ChatReply reply = await engine.HandleAsync(Question("Where did that happen?", "2.0"), CancellationToken.None);

        Assert.Equal("Where did that happen?", answerer.Asked.Last());
        Assert.Null(reply.ReadAs);
    }

    [Fact]
    public async Task SelfStandingQuestion_InTheThread_IsAnsweredOnItsOwn()
    {
        await engine.HandleAsync(Question("When was the second round of fisheries talks?", "1.0"), CancellationToken.None);

        ChatReply reply = await engine.HandleAsync(Question("Who chaired the fisheries talks in Oslo?", "1.0", "1.7"), CancellationToken.None);

        Assert.Equal("Who chaired the fisheries talks in Oslo?", answerer.Asked.Last());
        Assert.Null(reply.ReadAs);
        Assert.Contains("Kari Holm", reply.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThreadStartedFromAPostedAnswer_ContinuesIt_InItsOwnChannel()
    {
        ChatReply first = await engine.HandleAsync(Question("When was the second round of fisheries talks?", "1.0"), CancellationToken.None);
        engine.Posted("slack", first.Actions!.AnswerId, ["1.1"]);
        var conversation = new ChatConversations(conversations, new ChatOptions { ThreadContextHours = 2 }, clock);
        Assert.True(conversation.Follows("slack", "1.1", "1.1"));
        Assert.False(conversation.Follows("slack", "1.2", "1.2"));

        ChatReply reply = await engine.HandleAsync(Question("where did that happen?", "1.1", "2.5", channel: "1.1"), CancellationToken.None);

        Assert.Equal("Where did the second round happen?", answerer.Asked.Last());
        Assert.StartsWith("Reykjavik", reply.Lead, StringComparison.Ordinal);
        Assert.Equal(("1.1", "1.1"), (conversations.Answers[^1].Channel, conversations.Answers[^1].Thread));
        clock.Now += TimeSpan.FromHours(3);
        Assert.False(conversation.Follows("slack", "1.1", "1.1"));
    }

    [Fact]
    public async Task ThreadContext_Expires()
    {
        await engine.HandleAsync(Question("When was the second round of fisheries talks?", "1.0"), CancellationToken.None);
        var conversation = new ChatConversations(conversations, new ChatOptions { ThreadContextHours = 2 }, clock);
        Assert.True(conversation.Follows("slack", "C1", "1.0"));
        Assert.Equal("1.0", conversation.ThreadOf("slack", "C1", "1.0"));

        clock.Now += TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1);
        Assert.False(conversation.Follows("slack", "C1", "1.0"));
        Assert.Null(conversation.ThreadOf("slack", "C1", "1.0"));
        await engine.HandleAsync(Question("Where did that happen?", "1.0", "1.9"), CancellationToken.None);

        Assert.Equal("Where did that happen?", answerer.Asked.Last());
    }

    [Fact]
    public async Task EveryAnswer_CarriesFeedbackButtons_AndARepeatedClickUpdatesTheOneRecord()
    {
        ChatReply reply = await engine.HandleAsync(Question("Who chaired the fisheries talks?", "1.0"), CancellationToken.None);
        ChatActions actions = Assert.IsType<ChatActions>(reply.Actions);
        Assert.Contains(actions.Buttons(), b => b.Kind == ChatActionKind.Helpful);
        Assert.Contains(actions.Buttons(), b => b.Kind == ChatActionKind.NotHelpful);

        ChatActionResult first = engine.Act(Click(ChatActionKind.Helpful, actions.AnswerId));
        clock.Now += TimeSpan.FromMinutes(1);
        ChatActionResult second = engine.Act(Click(ChatActionKind.NotHelpful, actions.AnswerId));

        Assert.Equal(ChatActionOutcome.Update, first.Outcome);
        Assert.Equal("feedback recorded", first.Detail);
        Assert.Equal("feedback updated", second.Detail);
        Assert.Equal(reply.Lead, second.Reply!.Lead);
        Assert.Equal(reply.Quotes, second.Reply.Quotes);
        Assert.Contains("not helpful", second.Reply.Note, StringComparison.Ordinal);
        FeedbackRecord record = Assert.Single(conversations.Feedback(null));
        Assert.Equal((FeedbackRating.NotHelpful, "U2", "Who chaired the fisheries talks?", reply.Lead, "slack", "C1", "1.0"),
            (record.Rating, record.User, record.Question, record.Answer, record.Platform, record.Channel, record.Thread));
        Assert.Equal(reply.Quotes.Count > 0 ? conversations.Answers[0].CitedArticleIds : [], record.CitedArticleIds);
        Assert.NotEmpty(record.CitedArticleIds);
    }

    [Fact]
    public async Task ClickOnAnAnswerOfAnotherChannel_OrAnUnknownOne_DoesNothing()
    {
        ChatReply reply = await engine.HandleAsync(Question("Who chaired the fisheries talks?", "1.0"), CancellationToken.None);

        Assert.Equal(ChatActionOutcome.Ignored, engine.Act(Click(ChatActionKind.Helpful, reply.Actions!.AnswerId, channel: "C2")).Outcome);
        Assert.Equal(ChatActionOutcome.Ignored, engine.Act(Click(ChatActionKind.Helpful, ChatButton.NewAnswerId())).Outcome);
        Assert.Empty(conversations.Feedback(null));
    }

    [Fact]
    public async Task MoreSources_PostsTheNextQuotesInTheThread_FromArticlesTheAnswerDidNotQuote()
    {
        ChatReply reply = await engine.HandleAsync(Question("When was the second round of fisheries talks?", "1.0"), CancellationToken.None);
        Assert.Equal(1, reply.Actions!.MorePage);

        ChatActionResult more = engine.Act(Click(ChatActionKind.MoreSources, reply.Actions.AnswerId, page: 1));

        Assert.Equal(ChatActionOutcome.Post, more.Outcome);
        Assert.Equal("1.0", more.Thread);
        Assert.NotEmpty(more.Reply!.Quotes);
        var shownArticles = conversations.Answers[0].CitedArticleIds;
        Assert.All(more.Reply.Quotes, q => Assert.DoesNotContain(reply.Quotes, shown => shown.Text == q.Text));
        Assert.All(more.Reply.Quotes, q => Assert.Contains(Store.All(), a => a.OriginalText.Contains(q.Text, StringComparison.Ordinal)));
        Assert.NotEmpty(shownArticles);
        Assert.Equal(ChatActionOutcome.Ignored, engine.Act(Click(ChatActionKind.MoreSources, reply.Actions.AnswerId, page: 9)).Outcome);
    }

    private ChatAction Click(ChatActionKind kind, string answerId, int page = 0, string channel = "C1") =>
        new("slack", channel, "U2", new ChatButton(kind, answerId, page), clock.GetUtcNow());

    public void Dispose() => engine.Dispose();

    private sealed class RecordingAnswerer(IAnswerer inner) : IAnswerer
    {
        public List<string> Asked { get; } = [];

        public Task<Answer> AskAsync(string question, DateOnly? asOf = null, CancellationToken cancellationToken = default)
        {
            Asked.Add(question);
            return inner.AskAsync(question, asOf, cancellationToken);
        }
    }
}

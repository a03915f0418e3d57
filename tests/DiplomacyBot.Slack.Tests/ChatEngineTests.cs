using DiplomacyBot.Core.Chat;
using DiplomacyBot.Slack.Tests.Support;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Slack.Tests;

/// <summary>The chat engine on the real store, index and chart (the sample corpus), as <c>serve</c> wires it.</summary>
public sealed class ChatEngineTests
{
    private static IncomingQuestion Question(string text) => new("test", "T1", "C1", null, "U1", text, DateTimeOffset.UtcNow);

    [Fact]
    public async Task Commands_OnTheSampleCorpus_GiveTimelineWithChart_Sources_Latest_AndHelp()
    {
        using var temp = new TempFolder();
        await using var bot = await BotUnderTest.StartAsync(BotUnderTest.Settings(null, SlackMode.SocketMode, temp.File("bot.db")));
        var engine = bot.Get<ChatEngine>();

        ChatReply timeline = await engine.HandleAsync(Question("timeline"), CancellationToken.None);
        ChatReply sources = await engine.HandleAsync(Question("sources"), CancellationToken.None);
        ChatReply latest = await engine.HandleAsync(Question("latest"), CancellationToken.None);
        ChatReply help = await engine.HandleAsync(Question("help"), CancellationToken.None);
        ChatReply answer = await engine.HandleAsync(Question("When is the third round?"), CancellationToken.None);

        Assert.NotEmpty(timeline.Items);
        Assert.Contains("dates that mattered most", timeline.Lead, StringComparison.Ordinal);
        Assert.All(timeline.Items, i => Assert.Matches(@"^\d{1,2} [A-Z][a-z]{2} \d{4}: ", i.Heading));
        Assert.All(timeline.Items.SelectMany(i => i.Quotes), q => Assert.False(string.IsNullOrWhiteSpace(q.Text)));
        Assert.NotNull(timeline.Image);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], timeline.Image!.Png.Take(4).ToArray());
        Assert.Equal(5, sources.Items.Count);
        Assert.Equal(5, latest.Items.Count);
        Assert.Equal(ChatEngine.HelpText, help.Lead);
        Assert.Contains(answer.Quotes, q => q.Outlet == "MENAFN" && q.Date == "28 Sep 2025, from the article id");
        Assert.All(SlackRenderer.Render(timeline), SlackSafety.AssertSafe);
    }

    [Fact]
    public async Task AllowedChannels_OtherChannelsAreNotAnswered_DirectMessagesAre()
    {
        await using var slack = await FakeSlack.StartAsync();
        var settings = BotUnderTest.Settings(slack, SlackMode.SocketMode);
        settings["Slack:AllowedChannels:0"] = "C_OK";
        var answerer = new FakeAnswerer();
        await using var bot = await BotUnderTest.StartAsync(settings, answerer);
        FakeSocket socket = await slack.NextSocketAsync();

        await socket.SendAsync(FakeSlack.MentionEnvelope("env-1", "Ev1", "C_OTHER", "1.1", "<@UBOT> not here"));
        await socket.SendAsync(FakeSlack.MentionEnvelope("env-2", "Ev2", "C_OK", "1.2", "<@UBOT> here"));
        await slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));

        Assert.Equal(["here"], answerer.Questions.ToArray());
    }
}

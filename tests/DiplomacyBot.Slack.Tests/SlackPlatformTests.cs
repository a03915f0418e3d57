using DiplomacyBot.Core.Chat;
using DiplomacyBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyBot.Slack.Tests;

public sealed class SlackPlatformTests
{
    [Fact]
    public async Task Reply_WithAChart_PostsTheListThenUploadsTheImageIntoTheThread()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(slack, SlackMode.Http);
        var platform = bot.Get<IChatPlatform>();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var question = new IncomingQuestion("slack", "T1", "C1", "1.1", "U1", "timeline", DateTimeOffset.UtcNow);
        var reply = new ChatReply("Timeline: 1 event.", [], [new ChatItem("27 Feb 2025: Meeting in Istanbul (held)", null, [])], new ChatImage("timeline.png", "Timeline", png));

        await platform.ReplyAsync(question, reply, CancellationToken.None);

        var calls = slack.Calls;
        Assert.Equal(["chat.postMessage", "files.getUploadURLExternal", "upload", "files.completeUploadExternal"], calls.Where(c => c.Method != "auth.test").Select(c => c.Method).ToArray());
        Assert.Equal(png.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), calls.Single(c => c.Method == "files.getUploadURLExternal")["length"]);
        Assert.Equal(png, calls.Single(c => c.Method == "upload").Bytes);
        RecordedCall complete = calls.Single(c => c.Method == "files.completeUploadExternal");
        Assert.Equal("C1", complete["channel_id"]);
        Assert.Equal("1.1", complete["thread_ts"]);
        Assert.Equal("slack", bot.App.Services.GetRequiredService<IChatPlatform>().Name);
    }
}

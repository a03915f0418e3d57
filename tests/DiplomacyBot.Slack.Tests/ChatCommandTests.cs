using DiplomacyBot.Core.Chat;

namespace DiplomacyBot.Slack.Tests;

/// <summary>Commands as Slack users type them: the text made plain by <see cref="SlackText.Plain"/>, then parsed.</summary>
public sealed class ChatCommandTests
{
    private static ChatCommand Parse(string slackText) => ChatCommand.Parse(SlackText.Plain(slackText));

    [Theory]
    [InlineData("<@UBOT> When is the third round?", ChatCommandKind.Ask, "When is the third round?")]
    [InlineData("ask what was agreed on banking?", ChatCommandKind.Ask, "what was agreed on banking?")]
    [InlineData("ASK   spaced question", ChatCommandKind.Ask, "spaced question")]
    [InlineData("sources", ChatCommandKind.Sources, "")]
    [InlineData("<@UBOT> latest", ChatCommandKind.Latest, "")]
    [InlineData("help", ChatCommandKind.Help, "")]
    [InlineData("", ChatCommandKind.Help, "")]
    [InlineData("<@UBOT>", ChatCommandKind.Help, "")]
    [InlineData("sources of the funding?", ChatCommandKind.Ask, "sources of the funding?")]
    public void Parse_ReadsTheCommandWord(string text, ChatCommandKind kind, string argument)
    {
        ChatCommand command = Parse(text);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("ask as of 2025-10-01: when is the third round?", "when is the third round?")]
    [InlineData("<@UBOT> --as-of 2025-10-01 when is the third round?", "when is the third round?")]
    [InlineData("As Of 2025-10-01, when is the third round?", "when is the third round?")]
    public void Parse_AskAsOfADay_ReadsTheDayAndLeavesTheQuestion(string text, string question)
    {
        ChatCommand command = Parse(text);
        Assert.Equal(ChatCommandKind.Ask, command.Kind);
        Assert.Equal(question, command.Argument);
        Assert.Equal(new DateOnly(2025, 10, 1), command.AsOf);
    }

    [Theory]
    [InlineData("ask as of 2025-13-01 when is it?")]
    [InlineData("ask as of yesterday when is it?")]
    [InlineData("what happened as of 2025-10-01?")]
    public void Parse_WithoutAValidLeadingDay_HasNoAsOf(string text)
    {
        Assert.Null(Parse(text).AsOf);
    }

    [Fact]
    public void Parse_Timeline_SplitsTopicAndDates()
    {
        ChatCommand command = Parse("timeline Istanbul talks 2025-02-01 2025-06");
        Assert.Equal(ChatCommandKind.Timeline, command.Kind);
        Assert.Equal("Istanbul talks", command.Topic);
        Assert.Equal(new DateOnly(2025, 2, 1), command.From);
        Assert.Equal(new DateOnly(2025, 6, 1), command.To);
    }

    [Fact]
    public void Parse_TimelineAlone_HasNoFilters()
    {
        ChatCommand command = Parse("<@UBOT> timeline");
        Assert.Equal(ChatCommandKind.Timeline, command.Kind);
        Assert.Null(command.Topic);
        Assert.Null(command.From);
        Assert.Null(command.To);
    }

    [Theory]
    [InlineData("<@UBOT> ingest <https://x.test/a|x.test/a>", ChatCommandKind.Ingest, "https://x.test/a")]
    [InlineData("feeds add <https://x.test/rss>", ChatCommandKind.Feeds, "add https://x.test/rss")]
    [InlineData("<@UBOT> <@U2|someone> what did <#C1|general> say about US &amp; Russia?", ChatCommandKind.Ask, "what did #general say about US & Russia?")]
    public void Parse_SlackMarkup_IsReadAsPlainText(string text, ChatCommandKind kind, string argument)
    {
        ChatCommand command = Parse(text);
        Assert.Equal((kind, argument), (command.Kind, command.Argument));
    }
}

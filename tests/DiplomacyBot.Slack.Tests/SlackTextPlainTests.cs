namespace DiplomacyBot.Slack.Tests;

public sealed class SlackTextPlainTests
{
    [Theory]
    [InlineData("<@UBOT> When is the third round?", "When is the third round?")]
    [InlineData("<@UBOT> <@UBOT|bot>   help", "help")]
    [InlineData("ask <@U1> or <@U2|anna> about it", "ask @U1 or @anna about it")]
    [InlineData("what was said in <#C1|general> and <#C2>?", "what was said in #general and #C2?")]
    [InlineData("<!here> <!channel> <!subteam^S1|@team> <!subteam^S2>", "@here @channel @team @subteam")]
    [InlineData("ingest <https://x.test/a|x.test/a> <http://y.test>", "ingest https://x.test/a http://y.test")]
    [InlineData("mail <mailto:a@x.test|a@x.test>", "mail a@x.test")]
    [InlineData("US &amp; Russia &lt;3 &gt; talks", "US & Russia <3 > talks")]
    [InlineData("&amp;lt;!here&amp;gt;", "&lt;!here&gt;")]
    [InlineData("", "")]
    public void Plain_TakesOutSlacksMarkup(string text, string plain) => Assert.Equal(plain, SlackText.Plain(text));

    [Theory]
    [InlineData("<@UBOT> When is the third round?", "When is the third round?")]
    [InlineData("When is the third round, <@UBOT>?", "When is the third round?")]
    [InlineData("When is the third round <@UBOT|diplobot>", "When is the third round")]
    [InlineData("<@UBOT>, when is the third round?", "when is the third round?")]
    [InlineData("Hey <@UBOT> when is the third round?", "Hey when is the third round?")]
    [InlineData("When, <@UBOT>, is the third round?", "When is the third round?")]
    [InlineData("Thanks <@UBOT>. When is the next round?", "Thanks. When is the next round?")]
    [InlineData("first line <@UBOT>\n<@UBOT> second line", "first line\nsecond line")]
    [InlineData("<@UBOT> <@UBOT|bot>   help", "help")]
    [InlineData("<@U2> said what to <@UBOT>?", "@U2 said what to?")]
    [InlineData("<@UBOTX> and <@U1BOT> are not the bot", "@UBOTX and @U1BOT are not the bot")]
    public void Plain_DropsTheBotsOwnMentionWhereverItStands(string text, string plain) =>
        Assert.Equal(plain, SlackText.Plain(text, "UBOT"));
}

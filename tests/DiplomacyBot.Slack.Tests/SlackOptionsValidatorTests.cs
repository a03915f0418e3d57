using DiplomacyBot.Chat.Hosting;

namespace DiplomacyBot.Slack.Tests;

public sealed class SlackOptionsValidatorTests
{
    [Fact]
    public void Validate_Disabled_NeedsNothing() =>
        Assert.True(new ChatOptionsValidator<SlackOptions>(SlackOptionsValidator.Failures).Validate(null, new SlackOptions { Enabled = false }).Succeeded);

    [Fact]
    public void Validate_HttpModeWithoutSecret_NamesTheKey()
    {
        var failures = SlackOptionsValidator.Failures(new SlackOptions { Enabled = true, Mode = SlackMode.Http, BotToken = "xoxb-1" }).ToList();
        Assert.Equal(["Slack:SigningSecret is required when Slack:Mode is Http"], failures);
    }

    [Fact]
    public void Validate_SocketModeWithNothing_NamesEveryMissingKey()
    {
        var failures = SlackOptionsValidator.Failures(new SlackOptions { Enabled = true }).ToList();
        Assert.Contains("Slack:BotToken is required when Slack:Enabled is true", failures);
        Assert.Contains("Slack:AppToken is required when Slack:Mode is SocketMode", failures);
    }

    [Fact]
    public void Validate_SwappedTokens_SaysWhichKindEachKeyNeeds_WithoutEchoingThem()
    {
        var options = new SlackOptions { Enabled = true, BotToken = "xapp-secret-value", AppToken = "xoxb-secret-value", ApiBaseUrl = "not a url" };
        var failures = SlackOptionsValidator.Failures(options).ToList();
        Assert.Contains("Slack:BotToken must be a bot token (it starts with xoxb-)", failures);
        Assert.Contains("Slack:AppToken must be an app-level token (it starts with xapp-)", failures);
        Assert.Contains(failures, f => f.StartsWith("Slack:ApiBaseUrl", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("secret-value", StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_NeverShowsSecrets()
    {
        string text = new SlackOptions { BotToken = "xoxb-secret", AppToken = "xapp-secret", SigningSecret = "shh" }.ToString();
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("shh", text, StringComparison.Ordinal);
    }
}

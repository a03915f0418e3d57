using DiplomacyBot.Chat.Hosting;

namespace DiplomacyBot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    [Fact]
    public void Validate_Disabled_NeedsNothing() =>
        Assert.True(new ChatOptionsValidator<DiscordOptions>(DiscordOptionsValidator.Failures).Validate(null, new DiscordOptions { Enabled = false, ApiBaseUrl = "nonsense" }).Succeeded);

    [Fact]
    public void Validate_EnabledWithNothing_NamesEveryMissingKey()
    {
        var failures = DiscordOptionsValidator.Failures(new DiscordOptions { Enabled = true }).ToList();
        Assert.Contains("Discord:BotToken is required when Discord:Enabled is true", failures);
        Assert.Contains("Discord:ApplicationId is required when Discord:Enabled is true", failures);
        Assert.Equal(2, failures.Count);
    }

    [Fact]
    public void Validate_HttpInteractionsOnlyWithoutAPublicKey_NamesTheKey()
    {
        var options = new DiscordOptions { Enabled = true, BotToken = "abc.def.ghi", ApplicationId = "100000000000000001", Gateway = false };
        Assert.Equal(["Discord:PublicKey is required when Discord:Gateway is false (interactions then arrive over HTTP)"], DiscordOptionsValidator.Failures(options));
    }

    [Fact]
    public void Validate_BadValues_NameEachKeyWithoutEchoingTheToken()
    {
        var options = new DiscordOptions
        {
            Enabled = true,
            BotToken = "Bot secret-token-value",
            ApplicationId = "my-app",
            PublicKey = "xyz",
            GuildIds = ["500000000000000005", "general"],
            ApiBaseUrl = "discord.com/api",
            GatewayUrl = "https://gateway.discord.gg",
        };
        var failures = DiscordOptionsValidator.Failures(options).ToList();
        Assert.Contains("Discord:BotToken must be the token alone (no \"Bot \" prefix, no spaces)", failures);
        Assert.Contains("Discord:ApplicationId must be the application's numeric id", failures);
        Assert.Contains("Discord:PublicKey must be the application's public key: 64 hex digits", failures);
        Assert.Contains("Discord:GuildIds:1 must be a numeric guild id", failures);
        Assert.Contains(failures, f => f.StartsWith("Discord:ApiBaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Discord:GatewayUrl", StringComparison.Ordinal));
        Assert.Equal(6, failures.Count);
        Assert.DoesNotContain(failures, f => f.Contains("secret-token-value", StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_NeverShowsTheToken()
    {
        string text = new DiscordOptions { BotToken = "secret-token-value", PublicKey = new string('a', 64) }.ToString();
        Assert.DoesNotContain("secret-token-value", text, StringComparison.Ordinal);
        Assert.Contains("BotToken=<set>", text, StringComparison.Ordinal);
    }
}

using System.Text;
using DiplomacyBot.Discord.Tests.Support;

namespace DiplomacyBot.Discord.Tests;

/// <summary>The Ed25519 known-answer vectors (RFC 8032 TEST 1 key) and their tampered forms.</summary>
public sealed class DiscordSignatureVerifierTests
{
    public const string Timestamp = "1700000000";
    public const string PingBody = """{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}""";
    public const string PingSignature = "f0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b";
    public const string CommandBody = """{"id":"787053080478613556","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":2,"version":1,"data":{"id":"787053080478613554","name":"test"}}""";
    public const string CommandSignature = "4cbcce90ca257785667295862f258f4920233243b91c2694b14b52d9689c2a5c8dbb476e87eea64cbe841f6ced59e19beb307e4d38b21fccdb4a825be6aeb908";

    private static readonly DiscordSignatureVerifier Verifier = new(TestKeys.PublicKey);

    [Theory]
    [InlineData(PingBody, PingSignature)]
    [InlineData(CommandBody, CommandSignature)]
    public void IsValid_KnownAnswerVectors_Accepts(string body, string signature) =>
        Assert.True(Verifier.IsValid(Timestamp, signature, Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData(PingBody, PingSignature)]
    [InlineData(CommandBody, CommandSignature)]
    public void Sign_WithTheRfcSeed_ReproducesTheVectors(string body, string signature) =>
        Assert.Equal(signature, TestKeys.Sign(Timestamp, body));

    [Fact]
    public void Sign_EmptyMessage_ReproducesRfc8032Test1()
    {
        string signature = TestKeys.Sign(string.Empty, string.Empty);
        Assert.StartsWith("e5564300", signature, StringComparison.Ordinal);
        Assert.EndsWith("7a100b", signature, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1700000001", PingBody, PingSignature)]
    [InlineData(Timestamp, """{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":2}""", PingSignature)]
    [InlineData(Timestamp, PingBody + " ", PingSignature)]
    [InlineData(Timestamp, PingBody, CommandSignature)]
    [InlineData(Timestamp, PingBody, "00bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b")]
    public void IsValid_AlteredTimestampBodyOrSignature_Rejects(string timestamp, string body, string signature) =>
        Assert.False(Verifier.IsValid(timestamp, signature, Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData(null, PingSignature)]
    [InlineData("", PingSignature)]
    [InlineData(Timestamp, null)]
    [InlineData(Timestamp, "")]
    [InlineData(Timestamp, "not hex at all")]
    [InlineData(Timestamp, "f0bd878a")]
    [InlineData(Timestamp, "zz" + "bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b")]
    public void IsValid_MissingOrMalformedHeaders_Rejects(string? timestamp, string? signature) =>
        Assert.False(Verifier.IsValid(timestamp, signature, Encoding.UTF8.GetBytes(PingBody)));

    [Fact]
    public void IsValid_AnotherApplicationsKey_Rejects() =>
        Assert.False(new DiscordSignatureVerifier("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            .IsValid(Timestamp, PingSignature, Encoding.UTF8.GetBytes(PingBody)));
}

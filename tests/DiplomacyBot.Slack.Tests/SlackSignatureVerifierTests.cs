using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Slack.Tests;

public sealed class SlackSignatureVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";

    private const string V1Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string V1Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private const string V2Body = """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";
    private const string V2Signature = "v0=f9bd80929259f3f6d5fe3a3186c453c89cd1ad4862815a15837584f31c993652";

    private static SlackSignatureVerifier VerifierAt(long unixSeconds) =>
        new(Secret, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Theory]
    [InlineData(V1Body, V1Signature)]
    [InlineData(V2Body, V2Signature)]
    public void Sign_KnownAnswerVectors_Match(string body, string expected) =>
        Assert.Equal(expected, SlackSignatureVerifier.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData(V1Body, V1Signature)]
    [InlineData(V2Body, V2Signature)]
    public void IsValid_KnownAnswerVectorsWithinTheWindow_Accepts(string body, string signature) =>
        Assert.True(VerifierAt(1531420618 + 60).IsValid(Timestamp, signature, Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void IsValid_TamperedBody_Rejects() =>
        Assert.False(VerifierAt(1531420618).IsValid(Timestamp, V1Signature, Encoding.UTF8.GetBytes(V1Body + "------")));

    [Fact]
    public void IsValid_OneFlippedSignatureDigit_Rejects() =>
        Assert.False(VerifierAt(1531420618).IsValid(Timestamp, V1Signature[..^1] + "4", Encoding.UTF8.GetBytes(V1Body)));

    [Fact]
    public void IsValid_AlteredTimestamp_Rejects() =>
        Assert.False(VerifierAt(1531420618).IsValid("1531420619", V1Signature, Encoding.UTF8.GetBytes(V1Body)));

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86400)]
    public void IsValid_TimestampOutsideFiveMinutes_Rejects(long skew) =>
        Assert.False(VerifierAt(1531420618 + skew).IsValid(Timestamp, V1Signature, Encoding.UTF8.GetBytes(V1Body)));

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    public void IsValid_TimestampAtTheEdgeOfTheWindow_Accepts(long skew) =>
        Assert.True(VerifierAt(1531420618 + skew).IsValid(Timestamp, V1Signature, Encoding.UTF8.GetBytes(V1Body)));

    [Theory]
    [InlineData(null, V1Signature)]
    [InlineData("", V1Signature)]
    [InlineData("abc", V1Signature)]
    [InlineData(Timestamp, null)]
    [InlineData(Timestamp, "")]
    [InlineData(Timestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void IsValid_MissingOrMalformedHeaders_Rejects(string? timestamp, string? signature) =>
        Assert.False(VerifierAt(1531420618).IsValid(timestamp, signature, Encoding.UTF8.GetBytes(V1Body)));

    [Fact]
    public void IsValid_WrongSecret_Rejects() =>
        Assert.False(new SlackSignatureVerifier("another-secret", new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618)))
            .IsValid(Timestamp, V1Signature, Encoding.UTF8.GetBytes(V1Body)));
}

using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Discord.Tests;

/// <summary>The rate limiter on a fake clock: buckets from headers, 429s, the global limit and the invalid-request budget.</summary>
public sealed class RateLimiterTests
{
    private const string Messages = "POST /channels/{channel.id}/messages|600000000000000006";
    private const string OtherChannel = "POST /channels/{channel.id}/messages|600000000000000007";
    private const string Commands = "PUT /applications/{id}/commands|100000000000000001";

    private static HttpResponseHeaders Headers(params (string Name, string Value)[] values)
    {
        var headers = new HttpResponseMessage().Headers;
        foreach (var (name, value) in values)
        {
            headers.TryAddWithoutValidation(name, value);
        }

        return headers;
    }

    [Fact]
    public async Task EmptyBucket_HoldsItsRouteUntilResetAfter_AndNoOtherRoute()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        limiter.Observe(Messages, 200, Headers(("X-RateLimit-Bucket", "abcd"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2.5")));

        Task held = limiter.WaitTurnAsync(Messages, CancellationToken.None);
        await limiter.WaitTurnAsync(OtherChannel, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        await limiter.WaitTurnAsync(Commands, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(2.4));
        await Task.Delay(50);
        Assert.False(held.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.2));
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Remaining_IsSpentByEachRequest()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        limiter.Observe(Messages, 200, Headers(("X-RateLimit-Bucket", "abcd"), ("X-RateLimit-Remaining", "2"), ("X-RateLimit-Reset-After", "1")));

        await limiter.WaitTurnAsync(Messages, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        await limiter.WaitTurnAsync(Messages, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Task third = limiter.WaitTurnAsync(Messages, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1.1));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Global429_HoldsEveryRouteButInteractionResponsesForRetryAfter()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        TimeSpan wait = limiter.Observe(Messages, 429, Headers(("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global")), new DiscordRateLimiter.RetryInfo(TimeSpan.FromSeconds(3.25), true));

        Assert.Equal(TimeSpan.FromSeconds(3.25), wait);
        Task other = limiter.WaitTurnAsync(Commands, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(other.IsCompleted);
        await limiter.WaitTurnAsync("POST /interactions/{id}/{token}/callback|900000000000000001", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        await limiter.WaitTurnAsync("PATCH /webhooks/{id}/{token}/messages/@original|token-1", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(3.3));
        await other.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void RetryAfter_FromTheBodyWins_ThenTheHeader()
    {
        var limiter = new DiscordRateLimiter(new FakeTimeProvider());
        Assert.Equal(TimeSpan.FromSeconds(64.57), limiter.Observe(Messages, 429, Headers(("Retry-After", "65")), new DiscordRateLimiter.RetryInfo(TimeSpan.FromSeconds(64.57), false)));
        Assert.Equal(TimeSpan.FromSeconds(7), limiter.Observe(Commands, 429, Headers(("Retry-After", "7"))));
    }

    [Fact]
    public async Task InvalidRequests_PastTheBudget_StopSendingUntilTheWindowPasses()
    {
        var time = new FakeTimeProvider();
        var limiter = new DiscordRateLimiter(time);
        for (int i = 0; i < 50; i++)
        {
            limiter.Observe(Messages, 429, Headers(("X-RateLimit-Scope", "shared")), new DiscordRateLimiter.RetryInfo(TimeSpan.Zero, false));
        }

        Assert.Equal(0, limiter.InvalidRequests);
        for (int i = 0; i < DiscordRateLimiter.InvalidRequestBudget; i++)
        {
            limiter.Observe(Commands, i % 2 == 0 ? 401 : 403, Headers());
        }

        Assert.True(DiscordRateLimiter.InvalidRequestBudget <= 10_000 / 10);
        await Assert.ThrowsAsync<DiscordApiException>(() => limiter.WaitTurnAsync(Messages, CancellationToken.None));
        time.Advance(DiscordRateLimiter.InvalidRequestWindow + TimeSpan.FromSeconds(1));
        await limiter.WaitTurnAsync(Messages, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, limiter.InvalidRequests);
    }
}

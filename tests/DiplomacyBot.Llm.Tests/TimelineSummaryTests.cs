using System.Text.RegularExpressions;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Llm.Tests.Support;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm.Tests;

public sealed partial class TimelineSummaryTests
{
    [GeneratedRegex(@"^\[(e\d+)\]", RegexOptions.Multiline)]
    private static partial Regex EventLine();

    private static Timeline TimelineOf(LlmTestBed bed) => Timeline.Build(bed.Store.All().SelectMany(a => a.Events));

    [Fact]
    public async Task ExtractiveSummary_CitesEveryClaimWithAVerbatimReport()
    {
        await using var bed = await LlmTestBed.StartAsync();
        Timeline timeline = TimelineOf(bed);
        Assert.NotEmpty(timeline.Events);

        TimelineSummary summary = await new ExtractiveTimelineSummarizer(bed.Store).SummarizeAsync(timeline, CancellationToken.None);

        Assert.Equal("extractive", summary.GeneratedBy);
        Assert.NotEmpty(summary.Claims);
        Assert.All(summary.Claims, claim =>
        {
            TimelineEvent e = Assert.Single(timeline.Events.Concat(timeline.Undated), e => e.Id == Assert.Single(claim.EventIds));
            Assert.Contains(e.DateDescription, claim.Text, StringComparison.Ordinal);
            Citation citation = Assert.Single(claim.Citations);
            Assert.True(QuoteVerifier.IsVerbatim(bed.Store.Get(citation.ArticleId)!, citation));
        });
    }

    [Fact]
    public async Task ModelSummary_KeepsCitedSentences_AndDropsThoseCitingNothingOrUnknownEvents()
    {
        await using var bed = await LlmTestBed.StartAsync();
        Timeline timeline = TimelineOf(bed);
        bed.Server.OnChat = call =>
        {
            string first = EventLine().Matches(call.User)[0].Groups[1].Value;
            return ChatScript.Json(new
            {
                sentences = new object[]
                {
                    new { text = $"The process began with the first reported event [{first}].", events = new[] { first } },
                    new { text = "A ninth summit was held on the moon [e99].", events = new[] { "e99" } },
                    new { text = "Everyone was pleased.", events = Array.Empty<string>() },
                    new { text = $"It all happened in 1999 [{first}].", events = new[] { first } },
                },
            });
        };
        LlmServices services = bed.Connect();

        TimelineSummary summary = await services.Summarizer(null).SummarizeAsync(timeline, CancellationToken.None);

        Assert.Equal("llm", summary.GeneratedBy);
        SummaryClaim claim = Assert.Single(summary.Claims);
        Assert.Equal("The process began with the first reported event.", claim.Text);
        Citation citation = Assert.Single(claim.Citations);
        Assert.True(QuoteVerifier.IsVerbatim(bed.Store.Get(citation.ArticleId)!, citation));
        Assert.Contains(bed.Logs.At(LogLevel.Information), l => l.Contains("1 sentences kept, 3 dropped", StringComparison.Ordinal));
        ChatCall call = Assert.Single(bed.Server.ChatCalls);
        Assert.Contains("(all events)", call.User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelSummary_WhenTheServiceFails_IsTheExtractiveSummary()
    {
        await using var bed = await LlmTestBed.StartAsync();
        Timeline timeline = TimelineOf(bed);
        bed.Server.OnChat = _ => ChatScript.Error(500);
        TimelineSummary expected = new ExtractiveTimelineSummarizer(bed.Store).Summarize(timeline);

        TimelineSummary summary = await bed.Connect(o => o.MaxRetries = 0).Summarizer(null).SummarizeAsync(timeline, CancellationToken.None);

        Assert.Equal("extractive", summary.GeneratedBy);
        Assert.Equal(expected.Claims.Select(c => c.Text), summary.Claims.Select(c => c.Text));
        Assert.Contains(bed.Logs.At(LogLevel.Warning), l => l.Contains("Model summary not used (the model service answered HTTP 500)", StringComparison.Ordinal));
    }
}

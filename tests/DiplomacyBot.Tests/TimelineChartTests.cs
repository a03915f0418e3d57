using CsCheck;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Output;

namespace DiplomacyBot.Tests;

/// <summary>The timeline chart: readable at forty events, summaries wrapped but never cut.</summary>
public sealed class TimelineChartTests
{
    [Fact]
    public void Wrap_BreaksBetweenWords_AndLosesNone()
    {
        Gen.String[0, 400].Sample(text =>
        {
            string wrapped = TimelineChart.Wrap(text, 40);
            Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), wrapped.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            Assert.All(wrapped.Split('\n'), line => Assert.True(line.Length <= 40 || !line.Contains(' ', StringComparison.Ordinal), line));
        }, iter: 200);
    }

    [Fact]
    public void FortyEvents_MakeATallerPng()
    {
        var mentions = Enumerable.Range(0, 40).Select(i => new EventMention
        {
            ArticleId = $"a{i}",
            SentenceIndex = 0,
            Kind = EventKind.Meeting,
            Place = $"City{i}",
            DateValue = new DateOnly(2025, 1, 1).AddDays(i * 5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Status = EventStatus.Held,
            SentenceText = $"Delegations met in City{i} and agreed a long list of measures on visas, banking, flights and property, meeting number {i} of the series.",
        }).ToList();
        Timeline timeline = Timeline.Build(mentions);

        byte[] few = new TimelineChart().RenderPng(Timeline.Build(mentions.Take(3)), "Talks");
        byte[] many = new TimelineChart().RenderPng(timeline, "Talks");

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], many[..4]);
        Assert.True(Height(many) > Height(few) + 1000, $"{Height(many)} against {Height(few)}");
    }

    private static int Height(byte[] png) => (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
}

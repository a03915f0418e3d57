using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "what time did the talks open?" asks for a time of day. A report that gives only the
/// day ("opened on Thursday") does not answer it, and the answer says the articles do not say at what time; a report
/// that gives the hour does.
/// </summary>
public sealed class AnswerWhatTimeOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Opening =
        ("k1", "2024-03-08", "Border talks open in Oslo",
            "Talks on the northern border opened in Oslo on Thursday with delegations from both sides. "
            + "The two sides said they hoped to finish within a week.");

    private static readonly (string, string?, string, string) Hour =
        ("k2", "2024-03-08", "Border talks under way",
            "The border talks opened at 10 a.m. on Thursday in a hotel near the harbour. "
            + "Delegates worked through lunch.");

    [Fact]
    public async Task AReportGivingOnlyTheDay_DoesNotSayAtWhatTime()
    {
        Answer answer = await SmallCorpus.Of(Opening).AskAsync("what time did the oslo border talks open?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("at what time", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportGivingTheHour_Answers()
    {
        Answer answer = await SmallCorpus.Of(Opening, Hour).AskAsync("what time did the border talks open?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("10 a.m.", answer.Lead, StringComparison.Ordinal);
    }
}

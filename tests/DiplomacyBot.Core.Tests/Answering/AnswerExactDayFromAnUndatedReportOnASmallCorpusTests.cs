using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "what was the actual date of ...?" asks for a day. A weekday in a report that has no
/// date of its own ("on Thursday") cannot be placed, so it does not answer; the same weekday in a dated report does.
/// </summary>
public sealed class AnswerExactDayFromAnUndatedReportOnASmallCorpusTests
{
    private const string Body = "Norland and Vesterland reported progress after concluding a second round of fisheries talks in Oslo on Thursday.";

    [Fact]
    public async Task AWeekdayInAnUndatedReport_DoesNotSayWhatDay()
    {
        Answer answer = await SmallCorpus.Of(("u1", null, "Second round of fisheries talks ends", Body))
            .AskAsync("what was the actual date of the second oslo fisheries round?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task AWeekdayInADatedReport_SaysWhatDay()
    {
        Answer answer = await SmallCorpus.Of(("u2", "2024-04-26", "Second round of fisheries talks ends", Body))
            .AskAsync("what was the actual date of the second oslo fisheries round?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("25 April 2024", answer.Lead, StringComparison.Ordinal);
    }
}

using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "how soon ...?" is answered by how long from the report until it, when that is what a
/// report gives ("ready within three to four months"), and by a day, when a report gives one.
/// </summary>
public sealed class AnswerHowSoonOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Expected =
        ("s1", "2023-03-06", "Negotiator sees fisheries accord soon",
            "Chief negotiator Anna Petrova said talks on the fisheries accord had made good progress. "
            + "Petrova said she expected the fisheries accord would be ready for signing within three to four months.");

    private static readonly (string, string?, string, string) Dated =
        ("s2", "2023-03-08", "Ministers to meet again",
            "The fisheries ministers will meet again in Bergen on June 12 to review the quotas.");

    [Fact]
    public async Task HowLongFromTheReport_AnswersHowSoon()
    {
        Answer answer = await SmallCorpus.Of(Expected, Dated).AskAsync("how soon could the fisheries accord be ready for signing?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Within three to four months", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("6 Mar 2023", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADay_AnswersHowSoon_AsItAnswersWhen()
    {
        Answer answer = await SmallCorpus.Of(Expected, Dated).AskAsync("how soon will the fisheries ministers meet again?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("June 12", answer.Lead, StringComparison.Ordinal);
    }
}

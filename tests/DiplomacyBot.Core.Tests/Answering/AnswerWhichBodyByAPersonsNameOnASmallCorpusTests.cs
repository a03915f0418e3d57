using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "which airlines ...?" asks for the name of a body. A surname the report gives a person
/// elsewhere ("President Eli Vance") names no airline, so a sentence that names only him does not answer; one that
/// names an airline does.
/// </summary>
public sealed class AnswerWhichBodyByAPersonsNameOnASmallCorpusTests
{
    private static readonly (string Id, string Published, string Title, string Body) Talks =
        ("t1", "2025-04-30", "Norland and Vesterland to restore direct flights",
            "Norland President Eli Vance said on Tuesday that talks with Vesterland were going well. "
            + "Since Vance took office in January, airlines have waited for the two nations to agree who would operate the restored direct flights.");

    [Fact]
    public async Task APersonsSurname_NamesNoAirline()
    {
        Answer answer = await SmallCorpus.Of(Talks).AskAsync("which airlines would operate the restored direct flights?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task AnAirlinesName_Answers()
    {
        Answer answer = await SmallCorpus.Of(Talks,
            ("t2", "2025-05-20", "Flights between Norland and Vesterland to resume",
                "The restored direct flights between the two nations will be operated by the airline Nordair from June, the transport ministry said."))
            .AskAsync("which airlines would operate the restored direct flights?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Nordair", answer.Lead, StringComparison.Ordinal);
    }
}

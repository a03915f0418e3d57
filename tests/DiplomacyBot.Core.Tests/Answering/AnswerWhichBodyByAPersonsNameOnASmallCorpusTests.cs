using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "which companies ...?" asks for the name of a body. A surname the report gives a person
/// elsewhere ("President Eli Vance") names no airline, so a sentence that names only him does not answer; one that
/// names a company does.
/// </summary>
public sealed class AnswerWhichBodyByAPersonsNameOnASmallCorpusTests
{
    private static readonly (string Id, string Published, string Title, string Body) Talks =
        ("t1", "2025-04-30", "Norland and Vesterland to reopen the ferry route",
            "Norland President Eli Vance said on Tuesday that talks with Vesterland were going well. "
            + "Since Vance took office in January, shipping companies have waited for the two nations to agree who would run the reopened ferry route.");

    [Fact]
    public async Task APersonsSurname_NamesNoCompany()
    {
        Answer answer = await SmallCorpus.Of(Talks).AskAsync("which shipping companies will run the reopened ferry route?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task ACompanysName_Answers()
    {
        Answer answer = await SmallCorpus.Of(Talks,
            ("t2", "2025-05-20", "Ferries between Norland and Vesterland to resume",
                "The reopened ferry route between the two nations will be run by the shipping company Nordline from June, the transport ministry said."))
            .AskAsync("which shipping companies will run the reopened ferry route?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Nordline", answer.Lead, StringComparison.Ordinal);
    }
}

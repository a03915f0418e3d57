using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "what's the name of the pilot ...?" asks for a person, so a report that names only
/// bodies ("the South African Ferry Services", "the Harbour Workers Union") does not answer it; one that names the
/// pilot does.
/// </summary>
public sealed class AnswerNameOfAPersonOnASmallCorpusTests
{
    private const string Question = "the ferry strike in durban - whats the name of the pilot whose sacking started it?";

    private static readonly (string, string?, string, string) Bodies =
        ("f1", "1987-04-02", "Durban ferry strike spreads",
            "Okoye criticised the government-run South African Ferry Services for refusing to recognise the Harbour Workers Union, which represents most of the strikers in the Durban ferry strike. The strike began after the sacking of a pilot last month.");

    private static readonly (string, string?, string, string) Pilot =
        ("f2", "1987-04-03", "Sacked pilot at centre of Durban ferry strike",
            "The Durban ferry strike started when the ferry company sacked pilot Thabo Mokoena for leaving his post.");

    [Fact]
    public async Task ReportsNamingOnlyBodies_DoNotSayWhoThePersonIs()
    {
        Answer answer = await SmallCorpus.Of(Bodies).AskAsync(Question);

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task AReportNamingThePerson_Answers()
    {
        Answer answer = await SmallCorpus.Of(Bodies, Pilot).AskAsync(Question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Thabo Mokoena", answer.Lead, StringComparison.Ordinal);
    }
}

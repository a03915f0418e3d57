using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "who became norland's pm after brandt resigned?" asks for whoever came to hold
/// the title. The outgoing holder, whom the question names by the last name only, does not answer it, nor does someone
/// named with another title; the report naming the new holder with the title does.
/// </summary>
public sealed class AnswerWhoCameToHoldATitleOnASmallCorpusTests
{
    private const string Question = "who became norland's pm after brandt resigned?";

    private static readonly (string, string?, string, string) Resigned =
        ("p1", "1987-04-02", "Norland government resigns",
            "Norland Social Democrat Prime Minister Ola Brandt and his centre-left government resigned formally on Thursday.");

    private static readonly (string, string?, string, string) Caretaker =
        ("p2", "1987-04-03", "Norland president asks cabinet to stay on",
            "After Brandt resigned, President Jon Hauge asked the outgoing Norland government to stay on in a caretaker capacity.");

    private static readonly (string, string?, string, string) Named =
        ("p3", "1987-04-20", "Norland parliament names new prime minister",
            "Norland's new Prime Minister Eva Lund, a Conservative, was sworn in on Monday after Brandt resigned.");

    [Fact]
    public async Task TheOutgoingHolderAndOneOfAnotherTitle_DoNotSayWhoCameToHoldIt()
    {
        Answer answer = await SmallCorpus.Of(Resigned, Caretaker).AskAsync(Question);

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("Ola Brandt", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("Hauge", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportOfWhomTheyMadeTheHolder_Answers()
    {
        (string, string?, string, string) elected = ("p4", "1987-04-20", "Norland parliament votes",
            "The Norland parliament on Monday elected Eva Lund as prime minister after Brandt resigned.");

        Answer answer = await SmallCorpus.Of(Resigned, Caretaker, elected).AskAsync(Question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Eva Lund", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportNamingTheNewHolder_Answers()
    {
        Answer answer = await SmallCorpus.Of(Resigned, Caretaker, Named).AskAsync(Question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Eva Lund", answer.Lead, StringComparison.Ordinal);
    }
}

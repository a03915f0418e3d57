using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: the person a sentence cites at its close or opening ("..., Prime Minister Jane Doe said.") told of
/// what it reports and did not do it, unless the sentence has her do it ("she would lead"), or the question asks who
/// said it.
/// </summary>
public sealed class AnswerWhoNotTheSpeakerOnASmallCorpusTests
{
    private static readonly (string Id, string Published, string Title, string Body) Cited =
        ("c1", "1987-04-09", "Fisheries experts to meet in Kroll",
            "Fisheries experts from the coastal states will meet in Kroll tomorrow to lead talks on herring quotas, Norland Prime Minister Jane Doe said.");

    [Fact]
    public async Task TheSpeakerCitedAtTheClose_DidNotDoIt()
    {
        Answer answer = await SmallCorpus.Of(Cited).AskAsync("who will lead the herring quota talks in kroll?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task TheSpeakerCitedAtTheOpening_DidNotDoIt()
    {
        Answer answer = await SmallCorpus.Of(
            ("c3", "1987-03-19", "Norland unions protest wage freeze",
                "Jane Doe, president of the Kroll unions council, said the government had frozen the wages of Norland workers for six months."))
            .AskAsync("who froze the wages of norland workers?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task ASpeakerWhoToldReporters_DidNotDoIt()
    {
        Answer answer = await SmallCorpus.Of(
            ("c4", "1987-04-09", "Fisheries experts to meet in Kroll",
                "Fisheries experts from the coastal states will lead talks on herring quotas in Kroll tomorrow, Norland Prime Minister Jane Doe told reporters."))
            .AskAsync("who will lead the herring quota talks in kroll?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task ABodyThatSaysItDoesIt_Answers()
    {
        Answer answer = await SmallCorpus.Of(
            ("c5", "1987-04-09", "Kroll Shipping to lead quota talks",
                "Kroll Shipping Board chairman Jane Doe said its negotiators would lead the talks on herring quotas in Kroll tomorrow."))
            .AskAsync("who will lead the herring quota talks in kroll?");

        Assert.False(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task AskedWhoSaidIt_TheSpeakerAnswers()
    {
        Answer answer = await SmallCorpus.Of(Cited).AskAsync("who said the herring quota talks would be in kroll?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Jane Doe", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASpeakerWhoSaysSheDoesIt_Answers()
    {
        Answer answer = await SmallCorpus.Of(
            ("c2", "1987-04-09", "Fisheries talks in Kroll",
                "Norland Prime Minister Jane Doe said she would lead the talks on herring quotas in Kroll tomorrow."))
            .AskAsync("who will lead the herring quota talks in kroll?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Jane Doe", answer.Lead, StringComparison.Ordinal);
    }
}

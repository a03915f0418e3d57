using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a steelworkers' pay round and an offer of talks between two governments): a yes-no
/// question on how an offer or a proposal was answered ("did they accept ...?", "did they say yes to ...?", "did they
/// take the offer?") is answered by the report of the answer, accepted or rejected, not by the offer itself; with no
/// such report, the answer says the articles do not say how it was answered.
/// </summary>
public sealed class AnswerResponseOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("s1", "2024-03-04", "Steel employers make an offer",
            "Steel employers in the Ruhr offered the Stahlbund union a 2.5 pct rise in wages from April and a further 1.5 pct next year."),
        ("s2", "2024-03-06", "Stahlbund says no",
            "Stahlbund, the largest union in the Ruhr steel works, rejected the offer, and further talks were set for March 20."),
        ("t1", "2024-03-08", "Offer of talks to Valdoria",
            "Morland proposed talks between the prime ministers of Morland and Valdoria to ease tension on the border."),
        ("t2", "2024-03-11", "Valdoria answers",
            "Valdoria said it agreed to the Morland proposal for talks between the two prime ministers, and proposed a meeting in April."),
        ("m1", "2024-03-12", "Miners to vote",
            "Some 1,100 miners at the Kestrel pit will start voting on Monday on the latest contract offer from Kestrel Mining."));

    [Theory]
    [InlineData("did the stahlbund union take the offer")]
    [InlineData("did the stahlbund union accept the pay offer from the ruhr steel employers?")]
    public async Task AnOfferTakenOrNot_IsAnsweredByTheReportOfTheAnswer_NotByTheOffer(string question)
    {
        Answer answer = await Corpus.AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("rejected the offer", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayingYesToAProposal_IsAnsweredByTheAgreement()
    {
        Answer answer = await Corpus.AskAsync("did valdoria say yes to morland's offer of talks between the prime ministers?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("agreed to the Morland proposal", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVoteStillToCome_DoesNotSayHowTheOfferWasAnswered()
    {
        Answer answer = await Corpus.AskAsync("did the kestrel miners accept the contract offer from kestrel mining?");

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Theory]
    [InlineData("did the union accept the offer?", true)]
    [InlineData("did pyongyang say yes to the talks?", true)]
    [InlineData("did the workers take up the company's new offer", true)]
    [InlineData("has parliament rejected the budget?", true)]
    [InlineData("did the talks take place in april?", false)]
    [InlineData("what did the union reject?", false)]
    [InlineData("did the talks agree a date for the vote?", false)]
    [InlineData("is the union going to accept the offer?", false)]
    [InlineData("will parliament ratify the pact?", false)]
    public void AQuestionOnHowAnOfferWasAnswered_IsKnown(string question, bool expected)
    {
        Assert.Equal(expected, new QuestionAnalyzer().Analyze(question).AsksResponse);
    }
}

using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: whether something was given, handed or got back is asked with a phrasal verb. A report
/// that only discusses its return, or an understanding reached to hold more talks, does not say it was given back; a
/// report that it was handed back answers.
/// </summary>
public sealed class AnswerGivenBackOnASmallCorpusTests
{
    private static SmallCorpus Discussed() => SmallCorpus.Of(
        ("b1", "1987-06-29", "Norland and Vesterland talk embassy buildings",
            "Norland and Vesterland discussed a roadmap for the return of four embassy buildings seized by Vesterland."),
        ("b2", "1987-07-02", "Norland and Vesterland to meet again",
            "Norland and Vesterland reached an understanding to hold a third round on the embassy buildings in the autumn."));

    [Theory]
    [InlineData("did norland get its embassy buildings back?")]
    [InlineData("did norland get its 4 embassy buildings back?")]
    [InlineData("have the embassy buildings been handed back to norland?")]
    [InlineData("did vesterland give the embassy buildings back?")]
    public async Task WhetherSomethingWasGivenBack_IsNotReportedYet_WhenItsReturnIsOnlyDiscussed(string question)
    {
        Answer answer = await Discussed().AskAsync(question);

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
        Assert.Contains("roadmap for the return", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVerbOfTheQuestionAlone_DoesNotSayItWasGivenBack()
    {
        Answer answer = await SmallCorpus.Of(
                ("b4", "1987-06-29", "Norland and Vesterland talk embassy buildings",
                    "Norland and Vesterland discussed a roadmap for the return of four embassy buildings seized by Vesterland. "
                    + "Vesterland handed Norland a protest note over the embassy buildings."))
            .AskAsync("have the embassy buildings been handed back to norland?");

        Assert.True(answer.Outcome == AnswerOutcome.NotYetReported, answer.Lead);
    }

    [Fact]
    public async Task WhetherSomethingWasGivenBack_IsAnswered_WhenAReportSaysItWasHandedBack()
    {
        Answer answer = await SmallCorpus.Of(
                ("b3", "1987-08-03", "Vesterland hands back embassy buildings",
                    "Vesterland handed the four embassy buildings back to Norland on Monday, officials said."))
            .AskAsync("did norland get its embassy buildings back?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("handed the four embassy buildings back", answer.Lead, StringComparison.Ordinal);
    }
}

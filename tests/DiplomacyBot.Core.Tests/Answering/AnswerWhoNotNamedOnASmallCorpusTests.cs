using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of two sales): a report that says who it was is not made known ("an unnamed
/// investor") answers that it was not, rather than with another person the report names; a report that names the
/// person answers with them.
/// </summary>
public sealed class AnswerWhoNotNamedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("w1", "2024-04-10", "Kroll sells Varga Foods stake",
            "Kroll Holdings said it sold its stake in Varga Foods to an unnamed investor. "
            + "Kroll chairman Jon Berg said the sale would cut the group's debt."),
        ("w2", "2024-04-12", "Copper mine sold",
            "Investor Lars Norberg bought the Vesterland copper mine from Berg Mining on Tuesday."),
        ("w3", "2024-04-15", "Port fees", "The port of Varberg raised its harbour fees by four pct on Thursday."),
        ("w4", "2024-04-16", "Fisheries commission",
            "Fisheries minister Ola Lund will chair the new Vesterland fisheries commission. "
            + "Lund declined to name a date for the fisheries commission's first meeting."));

    [Fact]
    public async Task ABuyerTheReportDoesNotName_IsNotAnotherPersonItNames()
    {
        Answer answer = await Corpus.AskAsync("who bought kroll's stake in varga foods?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.StartsWith("The name was not disclosed", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("Berg", answer.Lead.Split(':')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABuyerNamed_Answers()
    {
        Answer answer = await Corpus.AskAsync("who bought the vesterland copper mine?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("Lars Norberg", answer.Lead.Split(',')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADateNotNamed_DoesNotSayWhoItIs()
    {
        Answer answer = await Corpus.AskAsync("who will chair the vesterland fisheries commission?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("Ola Lund", answer.Lead, StringComparison.Ordinal);
    }
}

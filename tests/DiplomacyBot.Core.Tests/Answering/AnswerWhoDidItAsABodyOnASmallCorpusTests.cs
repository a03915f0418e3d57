using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "who ruled ...?" is answered by the standing body a report says did it ("the Norland
/// Trade Commission ruled ..."), as it is by a person.
/// </summary>
public sealed class AnswerWhoDidItAsABodyOnASmallCorpusTests
{
    [Fact]
    public async Task ABodyThatDidWhatIsAsked_AnswersWho()
    {
        Answer answer = await SmallCorpus.Of(
                ("w1", "1987-03-24", "Norland rules on cheese imports",
                    "The Norland Trade Commission ruled on Monday that Vesterland cheese imports were injuring Norland dairy farmers."))
            .AskAsync("who ruled vesterland cheese imports were injuring norland dairy farmers?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("Norland Trade Commission ruled", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyNamedBesideTheDeed_IsNotWhoDidIt()
    {
        Answer answer = await SmallCorpus.Of(
                ("w3", "1987-03-24", "Norland cheese ruling",
                    "Vesterland cheese imports were ruled to be injuring dairy farmers, the Norland Farmers Federation said at a hearing."))
            .AskAsync("who ruled vesterland cheese imports were injuring dairy farmers?");

        Assert.DoesNotContain("Norland Farmers Federation said", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatDidSomethingElse_DoesNotAnswerWho()
    {
        Answer answer = await SmallCorpus.Of(
                ("w2", "1987-03-24", "Norland cheese dispute",
                    "The Norland Trade Commission met on Monday to discuss whether Vesterland cheese imports were injuring Norland dairy farmers."))
            .AskAsync("who ruled vesterland cheese imports were injuring norland dairy farmers?");

        Assert.True(answer.Abstained, answer.Lead);
    }
}

using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a "how long ...?" or "when ...?" question puts what it asks about in a place only by
/// naming it after "in" or "at" (by any of its names), or by naming a city. Countries named as the sides of the talks
/// are no place, so a report of the talks held elsewhere still answers.
/// </summary>
public sealed class AnswerWhereTheQuestionPutsItOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("g1", "2024-05-10", "Chile and Peru fisheries envoys meet",
            "The two delegations met in Geneva, where after nine hours of talks they agreed to share the osprey survey."),
        ("v1", "2024-05-20", "Second fisheries session",
            "Chilean and Peruvian officials met again in Vienna, Austria, for three hours of talks on the osprey survey."));

    [Fact]
    public async Task HowLong_WithTheCountrySidesOnly_GivesALengthOfTime()
    {
        Answer answer = await Corpus.AskAsync("how long were the peru chile fisheries talks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Matches("^(?:Nine|Three) hours", answer.Lead);
    }

    [Fact]
    public async Task HowLong_InACountryNamedByTheWordForItsPeople_IsAnsweredByTheTalksHeldThere()
    {
        Answer answer = await Corpus.AskAsync("how long did the chile-peru talks in the austrian capital last?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Three hours", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowLong_InACapital_IsNotAnsweredByTalksPutOnlyInItsCountry()
    {
        SmallCorpus corpus = SmallCorpus.Of(
            ("s1", "2024-05-12", "Chile and Peru fisheries envoys meet",
                "The two delegations met in Austria for five hours of talks on the osprey survey."));

        Answer answer = await corpus.AskAsync("how long did the chile-peru talks in vienna last?");

        Assert.True(answer.Abstained, answer.Lead);
    }
}

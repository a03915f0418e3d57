using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a minister speaks of coming talks): where the talks are held is where the report puts
/// them, not where the minister was when speaking of them ("speaking at a press briefing in Oslo").
/// </summary>
public sealed class AnswerWhereAnEventIsHeldOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "2024-04-02", "Norland and Vesterland to talk fish",
            "The talks on fishing quotas will be held in Geneva, officials said. "
            + "Speaking at a press briefing in Oslo, Foreign Minister Anna Kroll said the talks on fishing quotas with Vesterland would open in the spring."));

    [Fact]
    public async Task ThePlaceOfTheTalks_IsGiven_NotWhereTheMinisterSpokeOfThem()
    {
        Answer answer = await Corpus.AskAsync("where will the fishing quota talks with vesterland be held");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Geneva", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereTheMinisterSpoke_IsGiven_WhenAskedOfTheBriefing()
    {
        Answer answer = await Corpus.AskAsync("where was kroll's press briefing?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("A press briefing in Oslo", answer.Lead, StringComparison.Ordinal);
    }
}

using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of Mekong river talks): a phrase of general news English is found however
/// its first word is inflected and around its object, holders of an office named together answer "who", a pair of
/// parties typed with a hyphen is two names, and a country is found under the name the reports of its day used.
/// </summary>
public sealed class AnswerPhrasesAndPartiesOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("m1", "2024-04-02", "Mekong river talks to continue",
            "Thailand and Laos said both prime ministers had given the green light for the continuation of the Mekong river talks. The talks opened in Vientiane on Monday."),
        ("m2", "2024-04-10", "Mekong dam notes exchanged",
            "The delegations exchanged diplomatic notes to formalize the dam commitments reached in Vientiane. Fishing quotas were not discussed."),
        ("m3", "2024-04-12", "Kampuchea joins Mekong talks",
            "Kampuchea joined the Mekong river talks in Vientiane on Thursday, officials said."));

    [Fact]
    public async Task WhoSignedOff_IsAnsweredByTheHoldersWhoGaveTheGreenLight()
    {
        Answer answer = await Corpus.AskAsync("who signed off on continuing the mekong river talks?");

        Assert.False(answer.Abstained);
        Assert.StartsWith("Both prime ministers", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeparablePhrase_FindsItsParaphrase()
    {
        Answer answer = await Corpus.AskAsync("how did the delegations make the dam commitments official?");

        Assert.False(answer.Abstained);
        Assert.Contains("formalize the dam commitments", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APairOfPartiesTypedWithAHyphen_IsTwoNames_EachOfWhichMustBeHeld()
    {
        Answer held = await Corpus.AskAsync("when did the thailand-laos mekong talks open?");
        Answer other = await Corpus.AskAsync("when did the thailand-angola mekong talks open?");

        Assert.False(held.Abstained);
        Assert.True(other.Abstained);
        Assert.Contains("Angola", other.Lead, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACountry_IsFoundUnderTheNameTheReportsOfItsDayUsed()
    {
        Answer answer = await Corpus.AskAsync("when did cambodia join the mekong talks?");

        Assert.False(answer.Abstained);
        Assert.StartsWith("Thursday (11 Apr 2024)", answer.Lead, StringComparison.Ordinal);
        Assert.StartsWith("Kampuchea joined", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}

using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "which country/nation/state ...?" is answered by a country or state the question does
/// not name, however the sentence names it (a word for its people, its capital), and not by a venue, a region or the
/// country the question itself names; with none named, the answer says the articles do not say.
/// </summary>
public sealed class AnswerPlaceKindOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("b1", "2024-07-05", "Fuel queues and a bankrupt economy",
            "Officials in Colombo told parliament on Tuesday that the country was bankrupt and could not pay for fuel imports."),
        ("s1", "2024-07-08", "Rally shooting",
            "A former Japanese prime minister was shot while speaking at a campaign rally in a city square on Friday."),
        ("t1", "2024-07-10", "Justice Department sues over river barrier",
            "The U.S. Justice Department sued Texas on Monday over the floating barrier built in the Rio Grande."),
        ("f1", "2024-07-04", "Fireworks called off",
            "Fireworks displays were cancelled across the west this year because of the drought, officials said at the Riverside Hall."));

    [Fact]
    public async Task WhichCountry_IsAnsweredByTheCountryItsCapitalStandsFor()
    {
        Answer answer = await Corpus.AskAsync("which country says it is now bankrupt?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Sri Lanka", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichNation_IsAnsweredByTheWordForItsPeople()
    {
        Answer answer = await Corpus.AskAsync("a former prime minister of which nation was shot at a campaign rally?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Japan", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichState_IsAnsweredByAState_NotTheCountryOrARiver()
    {
        Answer answer = await Corpus.AskAsync("across the US, which state was sued by the justice department over a river barrier?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Texas", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichCountry_WithNoCountryNamed_IsNotAnsweredWithAVenue()
    {
        Answer answer = await Corpus.AskAsync("which country cancelled its fireworks displays because of the drought?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("Riverside Hall,", answer.Lead, StringComparison.Ordinal);
    }
}

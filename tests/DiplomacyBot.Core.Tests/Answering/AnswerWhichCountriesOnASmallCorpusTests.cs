using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "which countries ...?" asks for countries by name. It is answered by the countries a
/// sentence names that the question does not (however the sentence names them), never by the people it names; a
/// sentence that names no other country does not answer it.
/// </summary>
public sealed class AnswerWhichCountriesOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("m1", "2024-03-04", "Timber fair opens in Nordby",
            "Trade minister Erik Varga opened the timber fair in Nordby, attended by delegates from Chile and Estonia."),
        ("m2", "2024-03-06", "Osprey fund pledges",
            "Donors paid 40 mln dlrs into the osprey fund for Nepal, said Anna Berg, who chairs the fund's board."),
        ("m3", "2024-03-07", "Fishing quota talks",
            "Finance minister Jonas Kroll said Swiss and Austrian officials would join the quota talks in Lund next month."));

    [Fact]
    public async Task WhichCountries_IsAnsweredByTheCountriesNamed_NotByThePeople()
    {
        Answer answer = await Corpus.AskAsync("which countries had delegates at the timber fair in nordby");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("Erik Varga,", answer.Lead, StringComparison.Ordinal);
        Assert.StartsWith("Chile and Estonia", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichCountries_IsAnsweredByTheWordsForTheirPeople()
    {
        Answer answer = await Corpus.AskAsync("what countries will join the quota talks in lund?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Switzerland and Austria", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichCountries_WhenTheSentenceNamesOnlyTheCountryAsked_Abstains()
    {
        Answer answer = await Corpus.AskAsync("which countries paid into the osprey fund for nepal?");

        Assert.True(answer.Abstained, answer.Lead);
    }
}

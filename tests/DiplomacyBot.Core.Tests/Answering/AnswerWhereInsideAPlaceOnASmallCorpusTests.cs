using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "where in Vienna ...?" asks for a spot inside Vienna, so another city the sentence
/// names is no answer; a venue in Vienna is, and so is a name the bot does not know as a place, where nothing in the
/// sentence places it elsewhere. The place may be named by the word for its people ("where in saudi ...?").
/// </summary>
public sealed class AnswerWhereInsideAPlaceOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("v1", "2024-04-10", "Second round of fisheries talks held in Vienna",
            "Since January several rounds of fisheries talks have been held, including a meeting in Oslo in February and a second round in Vienna. "
            + "This meeting lasted about five hours at the Norland embassy in Vienna."));

    [Fact]
    public async Task AnotherCity_IsNoAnswer_AVenueInside_Is()
    {
        Answer answer = await Corpus.AskAsync("where exactly in vienna was the second round held?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("The Norland embassy in Vienna", answer.Lead, StringComparison.Ordinal);
    }

    private static readonly SmallCorpus Briefed = SmallCorpus.Of(
        ("b1", "2024-04-10", "Norland confirms second round of fisheries talks will be held in Vienna",
            "Speaking at a press briefing in Oslo, the Norland fisheries minister would not say when quotas would be settled. "
            + "On March 3, the quota delegations met at the headquarters of the Vesterland Fisheries Board in Vienna."));

    [Fact]
    public async Task AfterATopic_AVenueInAnotherCity_IsNoAnswer_TheOneInside_IsNamedWhole()
    {
        Answer answer = await Briefed.AskAsync("quota session on march 3 - where in vienna did the delegations meet?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("The headquarters of the Vesterland Fisheries Board in Vienna", answer.Lead, StringComparison.Ordinal);
    }

    private static readonly SmallCorpus Mine = SmallCorpus.Of(
        ("m1", "2024-05-02", "Kroll Mining to open a gold mine in Saudi Arabia",
            "Kroll Mining said it would open a gold mine in Saudi Arabia with the state agency Norgas. "
            + "One option for refining the gold ore would be to ship it to Kroll's copper smelter at Varberg in northern Sweden. "
            + "The new mine is being developed at Wadi al Hamra in the west of the country."),
        ("m2", "2024-05-03", "Port fees", "The port of Varberg raised its harbour fees by four pct on Thursday."));

    [Fact]
    public async Task ACountryNamedByItsPeoplesWord_AndASpotTheBotDoesNotKnow_AnswerWhereInside()
    {
        Answer answer = await Mine.AskAsync("where in saudi is kroll's new gold mine being developed");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Wadi al Hamra", answer.Lead, StringComparison.Ordinal);
    }

    private static readonly SmallCorpus Ministers = SmallCorpus.Of(
        ("g1", "2024-05-02", "Oil ministers meet",
            "The oil ministers met in Geneva as Norway pressed for deeper output cuts."));

    [Fact]
    public async Task AnEnglishWordBetweenTwoPlaces_DoesNotJoinThem()
    {
        Answer answer = await Ministers.AskAsync("where did the oil ministers meet?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Geneva,", answer.Lead, StringComparison.Ordinal);
    }
}

using DiplomacyBot.Core.Answering;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// The details a question gives (a figure, a day) hold for the report that answers it, a number that dates or times
/// something is no amount, and a report written before the day it expects something cannot say what came of it.
/// Searched in memory on a small corpus of fisheries reports built here.
/// </summary>
public sealed class QuestionDetailsOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("d1", "2024-03-04", "Herring talks open in Oslo",
            "The two-day herring talks in Oslo were chaired by Norwegian negotiator Kari Holm. Officials said quotas would be discussed."),
        ("d2", "2024-03-22", "Cod talks run late in Bergen",
            "Cod talks in Bergen lasted 12 hours on Thursday. Fishermen protested outside the venue on March 21."),
        ("d3", "2024-03-20", "Ministers agree cod quota",
            "Fisheries ministers met on March 18 and agreed a cod quota of 20,000 tonnes for the spring season."),
        ("d5", "2024-02-10", "Norway's fisheries outlook",
            "Norway's unemployment rate among fishermen fell to 3 pct. Its herring catch rose by 12 pct."),
        ("d6", "2024-04-05", "Ports want ferries back",
            "Harbour officials stressed the importance of resuming ferry services between Bergen and Hirtshals."),
        ("d7", "2024-04-08", "Salmon exports back",
            "Salmon exports to Iceland were resumed in March after a two-year halt."),
        ("d8", "2024-03-23", "Danes join cod talks",
            "Danish fisheries minister Lars Berg attended the cod talks in Bergen as an observer."),
        ("d4", "2024-04-01", "Ministers to meet in Tromso",
            "Fisheries ministers will meet in Tromso on April 15 to settle the mackerel quota. The venue had been agreed by both governments."));

    private static Task<Answer> AskAsync(string question) => Corpus.AskAsync(question);

    [Fact]
    public async Task AFigureTheQuestionGives_HoldsForTheReportThatAnswers_HoweverItIsWritten()
    {
        Answer answer = await AskAsync("who chaired the 2-day herring talks?");

        Assert.False(answer.Abstained);
        Assert.StartsWith("Kari Holm", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureNoReportOfThatKindGives_IsAbstainedOn_RatherThanAnsweredFromOtherTalks()
    {
        Answer answer = await AskAsync("who chaired the 5-day herring talks?");

        Assert.True(answer.Abstained);
        Assert.DoesNotContain("Kari Holm", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADayTheQuestionNames_HoldsForTheReportThatAnswers()
    {
        Answer named = await AskAsync("how much cod was agreed at the march 18 meeting?");
        Answer other = await AskAsync("how much cod was agreed at the march 11 meeting?");

        Assert.False(named.Abstained);
        Assert.Contains("20,000", named.Lead, StringComparison.Ordinal);
        Assert.True(other.Abstained);
    }

    [Fact]
    public async Task ANumberThatTimesSomething_IsNoAmount()
    {
        Answer answer = await AskAsync("how many fishermen protested in Bergen?");

        Assert.True(answer.Abstained);
        Assert.DoesNotContain("12", answer.Lead.Split(':')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportFromBeforeTheDayItExpects_CannotSayWhatCameOfIt()
    {
        Answer answer = await AskAsync("what did the ministers decide at the Tromso meeting?");

        Assert.True(answer.Abstained);
        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Equal("d4", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task AFigureAskedForByWhatItMeasures_IsTheOneThatMeasuresIt()
    {
        Answer measured = await AskAsync("what's norway's unemployment rate among fishermen?");
        Answer unmeasured = await AskAsync("what's norway's inflation rate?");

        Assert.False(measured.Abstained);
        Assert.Contains("3 pct", measured.Lead, StringComparison.Ordinal);
        Assert.True(unmeasured.Abstained);
        Assert.DoesNotContain("12 pct", unmeasured.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhetherSomethingWasDone_IsNotReportedYet_WhenTheReportsOnlyAimAtIt()
    {
        Answer aimed = await AskAsync("have ferry services between bergen and hirtshals resumed?");
        Answer done = await AskAsync("have salmon exports to iceland resumed?");

        Assert.True(aimed.Abstained);
        Assert.Equal(AnswerOutcome.NotYetReported, aimed.Outcome);
        Assert.Equal("d6", aimed.Citations[0].ArticleId);
        Assert.False(done.Abstained);
        Assert.Equal("d7", done.Citations[0].ArticleId);
    }

    [Fact]
    public async Task WhoLedSomething_IsAnsweredOnlyByASentenceThatSaysWhoLedIt()
    {
        Answer chaired = await AskAsync("who chaired the herring talks in oslo?");
        Answer attended = await AskAsync("who's going to chair the cod talks in bergen?");

        Assert.StartsWith("Kari Holm", chaired.Lead, StringComparison.Ordinal);
        Assert.True(attended.Abstained);
        Assert.DoesNotContain("Lars Berg", attended.Lead, StringComparison.Ordinal);
    }
}

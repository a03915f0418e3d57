using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here, of a wire story with a dateline: "here" is where the story was filed from, but a time
/// right after it that the question's period excludes ("an earlier round here last September" for a question about
/// January) says it was another meeting there, so it does not say where the one asked about was.
/// </summary>
public sealed class AnswerWhereHereAtAnotherTimeOnASmallCorpusTests
{
    private const string Body = "The fisheries talks followed an earlier round between the two blocs here last September "
        + "and the first direct fisheries talks between Norland and Vesterland in January.";

    private static SmallCorpus Corpus()
    {
        var store = new MemoryArticleStore();
        store.Save([Parsing.Parser.Parse(new RawArticle
        {
            Source = "w1.txt",
            Id = "w1",
            Title = "Fisheries talks end without accord",
            Text = Body,
            Dateline = "OSLO, March 20",
            Published = new DateOnly(2024, 3, 20),
        })]);
        return new SmallCorpus(store);
    }

    [Fact]
    public async Task HereAtAnotherTime_DoesNotSayWhere()
    {
        Answer answer = await Corpus().AskAsync("where were the january fisheries talks between norland and vesterland held?");

        Assert.DoesNotContain("Oslo", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HereAtTheTimeAsked_SaysWhere()
    {
        Answer answer = await Corpus().AskAsync("where was the september round of fisheries talks held?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Oslo", answer.Lead, StringComparison.Ordinal);
    }
}

using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (court rulings): "which justices ...?" asks for people, so it is answered by a sentence
/// that names someone the question does not, not by one that names only a court, a country or a city.
/// </summary>
public sealed class AnswerWhichPeopleOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("j1", "2024-05-14", "Court overturns harbour ruling",
            "The Norland supreme court justices overturned the Varberg harbour ruling on Monday."),
        ("j2", "2024-05-20", "Fishing licence ruling",
            "The Vesterland appeals court justices upheld the fishing licence ruling, and Justice Ingrid Kroll dissented from the fishing licence ruling."));

    [Fact]
    public async Task ASentenceNamingOnlyACourt_DoesNotSayWhichJustices()
    {
        Answer answer = await Corpus.AskAsync("which justices dissented in the Varberg harbour ruling");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("which justices", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASentenceNamingAJustice_Answers()
    {
        Answer answer = await Corpus.AskAsync("which justices dissented in the vesterland fishing licence ruling");

        Assert.False(answer.Abstained);
        Assert.Contains("Ingrid Kroll", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}

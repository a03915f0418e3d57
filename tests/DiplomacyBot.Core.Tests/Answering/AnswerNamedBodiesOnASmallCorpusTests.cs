using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of commodity councils): the word a question puts before the body it asks
/// about ("the iron council") says which body is meant, so an article about another council does not answer, even
/// when that word hides inside its other words ("environment").
/// </summary>
public sealed class AnswerNamedBodiesOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("c1", "2024-05-06", "Minister delayed for jute talks",
            "Bangladeshi Trade Minister Karim Rahman, chairman of the International Jute Organization council, will not be able to open the council session here tomorrow, a delegate told reporters. Delegates said the environment for producers remained difficult."),
        ("c2", "2024-05-07", "Iron ore prices fall", "Iron ore prices fell for a third week as steel mills cut output. Iron ore stocks at ports rose."),
        ("c3", "2024-05-08", "Iron ore exports rise", "Brazilian iron ore exports rose in April, the trade ministry said. Iron ore shipments to Asia were strong."),
        ("c4", "2024-05-09", "Iron ore talks", "Iron ore miners and steel makers failed to agree on prices for the coming year."));

    [Fact]
    public async Task TheCouncilAskedAbout_Answers()
    {
        Answer answer = await Corpus.AskAsync("who is chairman of the international jute council?");

        Assert.False(answer.Abstained);
        Assert.Contains("Karim Rahman", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherCouncil_DoesNotAnswer_ThoughTheWordHidesInsideOthers()
    {
        Answer answer = await Corpus.AskAsync("who is the chairman of the international iron council?");

        Assert.True(answer.Abstained);
        Assert.DoesNotContain("Karim Rahman", answer.Lead, StringComparison.Ordinal);
    }
}

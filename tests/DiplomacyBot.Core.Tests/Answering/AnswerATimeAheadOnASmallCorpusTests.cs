using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "how soon ...?" and "any date yet?" ask for a time still ahead, so a day already past
/// when the report was written ("announced last Saturday") does not answer; a time ahead does.
/// </summary>
public sealed class AnswerATimeAheadOnASmallCorpusTests
{
    private static readonly (string Id, string Published, string Title, string Body) Offered =
        ("o1", "1987-03-04", "Vesterland answers Norland fisheries treaty offer",
            "The fisheries treaty, which Vesterland wants ready to sign soon, answers a Norland offer on the herring grounds announced by the Norland president last Saturday.");

    [Theory]
    [InlineData("how soon could the fisheries treaty be ready to sign?")]
    [InlineData("the herring grounds - any signing date for the fisheries treaty yet?")]
    public async Task ADayAlreadyPast_DoesNotAnswer(string question)
    {
        Answer answer = await SmallCorpus.Of(Offered).AskAsync(question);

        Assert.True(answer.Abstained, answer.Lead);
    }

    [Fact]
    public async Task ATimeAhead_Answers()
    {
        Answer answer = await SmallCorpus.Of(Offered,
            ("o2", "1987-03-05", "Fisheries treaty could be signed within months",
                "The Vesterland negotiator said the fisheries treaty could be ready to sign within three to four months."))
            .AskAsync("how soon could the fisheries treaty be ready to sign?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("three to four months", answer.Lead, StringComparison.Ordinal);
    }
}

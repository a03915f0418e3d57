using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two ministers on the timber talks): "did X say ...?" is settled only by what X is
/// reported to have said, not by the same words from someone else.
/// </summary>
public sealed class AnswerWhetherSomeoneSaidItOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("w1", "2024-06-03", "Norland sets venue for timber talks",
            "Norland foreign minister Aksel Kroll said the third round of timber talks with Vesterland would be held in Lund."),
        ("w2", "2024-06-04", "Vesterland minister on timber talks",
            "Vesterland trade minister Petra Berg said the second round of timber talks had been useful for both sides."));

    [Fact]
    public async Task DidSomeoneSayIt_IsSettledByWhatTheyAreReportedToHaveSaid()
    {
        Answer kroll = await Corpus.AskAsync("did kroll say the third round of timber talks will be in lund?");
        Answer berg = await Corpus.AskAsync("did berg say the third round of timber talks will be in lund?");

        Assert.False(kroll.Abstained, kroll.Lead);
        Assert.Contains("Lund", kroll.Lead, StringComparison.Ordinal);
        Assert.True(berg.Abstained, berg.Lead);
        Assert.StartsWith("The stored articles don't say that Berg said so.", berg.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did kroll say the talks would be in lund?", "kroll")]
    [InlineData("did vesterland announce a new round?", "vesterland")]
    [InlineData("did vesterland say yes to the offer of talks?", null)]
    [InlineData("did berg reply to the offer?", null)]
    [InlineData("did the sanctions announced in march take effect?", null)]
    [InlineData("did kroll publicly say the talks would go on?", "kroll")]
    [InlineData("did kroll say no decision had been taken?", "kroll")]
    [InlineData("did anyone say when the talks resume?", null)]
    [InlineData("did the us say anything about tariffs?", null)]
    public void WhoIsAskedToHaveSaidIt_IsTheSpeaker_UnlessSayingIsADeed(string question, string? speaker) =>
        Assert.Equal(speaker, new QuestionAnalyzer().Analyze(question).Speaker);
}

using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: whether one company's workers accepted its offer is not answered by another company's
/// workers accepting theirs, though the question types the company's name in lower case; it is answered by a report
/// that names the company.
/// </summary>
public sealed class AnswerOtherCompanysDeedOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) TalksGoOn =
        ("h1", "1987-06-02", "Harlow Mining talks go on",
            "Harlow Mining Ltd said contract talks were continuing with about 900 unionized workers at its Dunmore smelter. Harlow Mining Ltd said the Dunmore workers met on Friday to discuss the new contract offer and the vote it would hold.");

    private static readonly (string, string?, string, string) OtherVote =
        ("k1", "1987-06-01", "Kestrel strike ends",
            "Kestrel Metals Ltd said workers at its two mines decided in a vote on the weekend to accept the three-year contract offer and returned to work today.");

    private static readonly (string, string?, string, string) HarlowVote =
        ("h2", "1987-06-08", "Harlow workers accept",
            "Harlow Mining Ltd said workers at its Dunmore smelter decided in a vote on Friday to accept the new contract offer.");

    private static readonly (string, string?, string, string) Elsewhere =
        ("d1", "1987-06-03", "Dock and steel pay",
            "Dock workers said they would accept no offer below 10 pct. Steel workers rejected the offer and said they would accept only a shorter week.");

    [Fact]
    public async Task AnotherCompanysWorkersVoting_DoesNotAnswer()
    {
        Answer answer = await SmallCorpus.Of(TalksGoOn, OtherVote, Elsewhere).AskAsync("did the dunmore workers vote to accept harlow's offer?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.DoesNotContain("Kestrel", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCompanysOwnWorkersVoting_Answers()
    {
        Answer answer = await SmallCorpus.Of(TalksGoOn, OtherVote, Elsewhere, HarlowVote).AskAsync("did the dunmore workers vote to accept harlow's offer?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("Harlow Mining Ltd said workers at its Dunmore smelter decided in a vote", answer.Lead, StringComparison.Ordinal);
    }
}

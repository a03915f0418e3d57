using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (two takeovers in American news): where a company is based is told the way American
/// news tells it, by its town and state before what it makes ("the Varberg, Calif., maker of radar parts") or by
/// "-based" ("the Nordby-based pipeline group").
/// </summary>
public sealed class AnswerWhereABodyIsBasedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("t1", "2024-04-02", "Kroll to buy Varga Systems",
            "Kroll Industries said it agreed to buy Varga Systems Inc, the Varberg, Calif., maker of radar parts, for about 90 mln dlrs."),
        ("t2", "2024-04-08", "Berg Pipeline bid",
            "The Nordby-based Berg Pipeline group said it would bid for Norland Gas, whose shares rose two dlrs."));

    [Fact]
    public async Task ATownAndItsState_SayWhereACompanyIsBased()
    {
        Answer answer = await Corpus.AskAsync("kroll to buy varga systems - where is varga based?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Varberg, Calif.", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlaceBeforeBased_SaysWhereACompanyIsBased()
    {
        Answer answer = await Corpus.AskAsync("where's berg pipeline headquartered");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Nordby", answer.Lead, StringComparison.Ordinal);
    }
}

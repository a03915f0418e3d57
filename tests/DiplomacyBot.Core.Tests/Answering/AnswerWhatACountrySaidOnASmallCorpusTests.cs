using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of flood damage): "how much does Brazil say ...?" is answered by what the
/// country's officials or its capital are reported to have said ("Brazilian officials said", "Brasilia said"), and not
/// by a figure others give.
/// </summary>
public sealed class AnswerWhatACountrySaidOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("f1", "2024-03-02", "Floods hit southern farms",
            "Brazilian officials said the floods caused damage estimated at 300 mln dlrs to farms in the south."),
        ("f2", "2024-03-04", "Insurers count the cost",
            "Insurers in London put the damage the floods caused to farms at 450 mln dlrs."),
        ("f3", "2024-03-05", "Port fees", "The port of Varberg raised its harbour fees by four pct on Thursday."));

    [Fact]
    public async Task TheCountrysOfficials_SayWhatTheCountrySays()
    {
        Answer answer = await Corpus.AskAsync("how much damage does brazil say the floods caused to farms?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.StartsWith("300 mln dlrs", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountryNoReportHasSpeak_SaysNothing()
    {
        Answer answer = await Corpus.AskAsync("how much damage does argentina say the floods caused to farms?");

        Assert.True(answer.Abstained, answer.Lead);
    }
}

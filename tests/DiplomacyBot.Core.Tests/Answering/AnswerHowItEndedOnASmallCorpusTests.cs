using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here (cases before Norland's courts): "how did the case turn out?" is answered by a report
/// that it was decided, and is not reported yet when the reports only tell how it was brought.
/// </summary>
public sealed class AnswerHowItEndedOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("c1", "2024-03-04", "Regulator charges Kroll Foods over cheese adverts",
            "The Norland trade regulator brought a case against Kroll Foods over misleading cheese adverts on Monday."),
        ("c2", "2024-03-11", "Court rules on Vesterland timber dispute",
            "A Norland court ruled on Friday that the Vesterland timber firm must pay damages to the port authority in the timber dispute."));

    [Fact]
    public async Task HowTheCaseTurnedOut_IsNotReportedYet_WhenTheReportsOnlyTellHowItWasBrought()
    {
        Answer kroll = await Corpus.AskAsync("how did the case against kroll foods turn out?");

        Assert.True(kroll.Abstained, kroll.Lead);
        Assert.Equal(AnswerOutcome.NotYetReported, kroll.Outcome);
    }

    [Fact]
    public async Task HowTheCaseTurnedOut_IsAnsweredByTheReportThatItWasDecided()
    {
        Answer timber = await Corpus.AskAsync("how did the vesterland timber dispute in the norland court turn out?");

        Assert.False(timber.Abstained, timber.Lead);
        Assert.Contains("must pay damages", timber.Lead, StringComparison.Ordinal);
    }
}

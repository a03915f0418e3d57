using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: "why did the dockers walk out?" when the report that matches the question best says
/// the reason is not known ("the reason for the walkout was not immediately clear"), and a later report gives it ("had
/// walked out to protest ..."). The later report leads, however far below the first it ranks.
/// </summary>
public sealed class AnswerWhyWhenTheBestSaysItIsUnclearOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) First =
        ("w1", "2024-03-04", "Dockers walk out at Port Halden",
            "About 800 dockers at Port Halden walked out on Monday, a union official said, but the reason for the walkout was not immediately clear. "
            + "Ships waited at anchor outside the harbour.");

    private static readonly (string, string?, string, string) Later =
        ("w2", "2024-03-07", "Port Halden back to work",
            "Work resumed at Port Halden on Thursday. "
            + "The dockers had walked out to protest the dismissal of two crane drivers, the union said.");

    [Fact]
    public async Task AReportGivingTheReason_LeadsOverOneSayingItIsNotKnown()
    {
        Answer answer = await SmallCorpus.Of(First, Later).AskAsync("why did the port halden dockers walk out?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("to protest the dismissal", answer.Lead, StringComparison.Ordinal);
    }
}

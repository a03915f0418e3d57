using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: what happened at a numbered event that has taken place is told by a report of it held,
/// not by one from before it that only looks ahead to it; what was said ahead of it is still told by the earlier report.
/// </summary>
public sealed class AnswerAtAHeldEventOnASmallCorpusTests
{
    private const string Before = "Norland and Vesterland will hold a second round of fishing talks in Kroll, where whaling and the cod quota will be discussed, "
        + "Norland's fisheries minister said on Monday. The minister did not give a date for the second round of talks in Kroll.";

    [Fact]
    public async Task WhatHappenedAtTheEvent_IsToldByTheReportOfItHeld()
    {
        Answer answer = await SmallCorpus.Of(
                ("a1", "1987-03-02", "Norland and Vesterland to hold second round of fishing talks in Kroll", Before),
                ("a2", "1987-04-09", "Fishing talks in Kroll end",
                    "The second round of fishing talks between Norland and Vesterland ended in Kroll on Thursday. "
                    + "Whaling was not on the agenda of the fishing talks in Kroll, which dealt with the cod quota alone, officials said."))
            .AskAsync("was whaling discussed at the second round of fishing talks in kroll?");

        Assert.Equal("a2", answer.Citations[0].ArticleId);
        Assert.Contains("not on the agenda", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatWasSaidAheadOfTheEvent_IsToldByTheReportBeforeIt()
    {
        Answer answer = await SmallCorpus.Of(
                ("a1", "1987-03-02", "Norland and Vesterland to hold second round of fishing talks in Kroll", Before),
                ("a2", "1987-04-09", "Fishing talks in Kroll end",
                    "The second round of fishing talks between Norland and Vesterland ended in Kroll on Thursday, the fisheries minister said."))
            .AskAsync("did the minister give a date for the second round of fishing talks?");

        Assert.Equal("a1", answer.Citations[0].ArticleId);
        Assert.Contains("did not give a date", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}

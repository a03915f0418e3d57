using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: asked when a summit took place, a report that only proposes it for a later month has
/// not reported it held, and the founding year of the pact that would meet dates something else. A report of the
/// summit held answers.
/// </summary>
public sealed class AnswerWhenOnlyExpectedOnASmallCorpusTests
{
    private static readonly (string Id, string Published, string Title, string Body) Proposed =
        ("p1", "1987-03-26", "Norland to propose Kroll summit with Vesterland",
            "Norland's president will propose to the Coastal Pact countries a summit meeting with the president of Vesterland to take place in Kroll in May, "
            + "the foreign minister announced. "
            + "The Coastal Pact of Norland, Kroll and Vesterland was set up in 1969.");

    [Fact]
    public async Task AProposedSummit_IsNotReportedYet()
    {
        Answer answer = await SmallCorpus.Of(Proposed).AskAsync("coastal pact summit w/ vesterland in kroll - when did it take place?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("will propose", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASummitReportedHeld_IsDated()
    {
        Answer answer = await SmallCorpus.Of(Proposed,
            ("h1", "1987-05-20", "Coastal Pact leaders meet Vesterland president in Kroll",
                "The summit of the Coastal Pact presidents with the president of Vesterland took place in Kroll on May 18, the foreign minister said."))
            .AskAsync("coastal pact summit w/ vesterland in kroll - when did it take place?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("May 18", answer.Lead, StringComparison.Ordinal);
    }
}

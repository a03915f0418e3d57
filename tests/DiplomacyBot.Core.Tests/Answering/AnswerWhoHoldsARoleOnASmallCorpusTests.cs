using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: "who runs ...?" is answered by whoever holds that role in the body asked about, not by
/// the holder of the same role in another body the report names.
/// </summary>
public sealed class AnswerWhoHoldsARoleOnASmallCorpusTests
{
    [Fact]
    public async Task TheHolderOfARoleInTheBodyAskedAbout_IsTheAnswer()
    {
        Answer answer = await SmallCorpus.Of(
                ("r1", "1987-03-26", "Dairy board to meet",
                    "Pia Lund, manager of the Norland Dairy Board, said the board runs two plants."))
            .AskAsync("who runs the norland dairy board?");

        Assert.StartsWith("Pia Lund (the manager)", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHolderOfARoleInAnotherBody_IsNotTheAnswer()
    {
        Answer answer = await SmallCorpus.Of(
                ("r2", "1987-03-26", "Dairy board to meet",
                    "Jon Kroll, manager of Vesterland's cheese makers' federation, said the Norland Dairy Board runs two plants."))
            .AskAsync("who runs the norland dairy board?");

        Assert.DoesNotContain("Jon Kroll (the manager)", answer.Lead, StringComparison.Ordinal);
    }
}

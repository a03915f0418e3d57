using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (an airline's order): a number that is part of a name ("Kroll 146 jets", "Resolution
/// 598") counts nothing; "how many ...?" is answered by the number that counts.
/// </summary>
public sealed class AnswerNumbersInNamesOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("j1", "2024-07-01", "Norland Air orders jets",
            "Norland Air said it had ordered eight Kroll 146 jets for its routes to Vesterland."),
        ("j2", "2024-07-02", "Council backs ceasefire",
            "The council backed Resolution 598 and sent 40 observers to the border."));

    [Fact]
    public async Task ANumberInAName_CountsNothing()
    {
        Answer jets = await Corpus.AskAsync("how many jets did norland air order?");
        Answer observers = await Corpus.AskAsync("how many observers did the council send to the border?");

        Assert.False(jets.Lead.StartsWith("146", StringComparison.Ordinal), jets.Lead);
        Assert.False(jets.Abstained, jets.Lead);
        Assert.Contains("eight Kroll 146 jets", jets.Lead, StringComparison.Ordinal);
        Assert.StartsWith("40 observers", observers.Lead, StringComparison.Ordinal);
    }
}

using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (reports of a budget debate): "how much does Kroll think ...?" asks for the view
/// Kroll is reported to hold, said or believed; another person's figure does not answer it, however close its words.
/// </summary>
public sealed class AnswerWhatSomeoneThinksOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("b1", "2024-04-10", "Budget plan unveiled",
            "Finance Minister Anna Berg plans to cut the budget deficit by 20 billion crowns next year."),
        ("b2", "2024-04-12", "Opposition wants deeper cuts",
            "Opposition leader Jon Kroll believes the budget deficit should be cut by 35 billion crowns, more than Finance Minister Anna Berg wanted."),
        ("b3", "2024-04-15", "Port fees",
            "The port of Varberg raised its harbour fees by four pct, the port authority said on Thursday."));

    [Fact]
    public async Task AFigureSomeoneBelieves_AnswersWhatTheyThink()
    {
        Answer answer = await Corpus.AskAsync("how much does kroll think the budget deficit should be cut by?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("35 billion crowns", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPersonsFigure_DoesNotSayWhatTheyThink()
    {
        Answer answer = await Corpus.AskAsync("how much does varga reckon the budget deficit should be cut by?");

        Assert.True(answer.Abstained);
        Assert.DoesNotContain("billion crowns", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureAnotherBelieves_IsNotWhatTheOneNamedBesideThemThinks()
    {
        Answer answer = await Corpus.AskAsync("how much does berg think the budget deficit should be cut by?");

        Assert.False(answer.Lead.StartsWith("35 billion", StringComparison.Ordinal), answer.Lead);
    }
}

using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: a verb whose past form is its bare form ("set", "cut") does not say the deed was done
/// after "to" or a modal ("held to examine a proposal to set up a fund", "would cut the levy"): whether it was done is
/// not reported yet. Written as done ("cut the fee on Friday"), it answers.
/// </summary>
public sealed class AnswerDoneWhenOnlyTheBareVerbIsWrittenOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("b1", "2024-05-08", "Coastal states weigh salmon fund",
            "The two-day conference of coastal states, which ended on Tuesday, was held to examine a proposal to set up a salmon research fund."),
        ("b2", "2024-05-10", "Ministers offer to trim port levy",
            "Transport ministers said they would cut the port levy for ferries if the shipping lines kept their winter routes."),
        ("b3", "2024-05-11", "Harbour board trims pilotage fee",
            "The harbour board cut the pilotage fee for ferries by ten pct on Friday."));

    [Fact]
    public async Task AProposalToSetSomethingUp_DoesNotSayItWasSetUp()
    {
        Answer answer = await Corpus.AskAsync("did the coastal states conference actually set up the salmon research fund?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("to set up a salmon research fund", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatMinistersWouldDo_DoesNotSayTheyDidIt()
    {
        Answer answer = await Corpus.AskAsync("did the transport ministers actually cut the port levy for ferries?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains("would cut the port levy", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDeedWrittenAsDone_Answers()
    {
        Answer answer = await Corpus.AskAsync("did the harbour board actually cut the pilotage fee?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains("cut the pilotage fee for ferries by ten pct", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}

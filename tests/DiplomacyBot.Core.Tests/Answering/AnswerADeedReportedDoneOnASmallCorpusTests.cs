using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: asked whether something was done, a report that it was answers, though the verb
/// doubles its last consonant ("dropped", "banned") and the sentence also speaks of what is still to come ("before it
/// would ship").
/// </summary>
public sealed class AnswerADeedReportedDoneOnASmallCorpusTests
{
    [Theory]
    [InlineData("did vesterland drop its demand for bank guarantees on the grain?", "has dropped its demand")]
    [InlineData("did norland ban the grain cargoes without bank guarantees?", "has banned grain cargoes")]
    public async Task ADeedReportedDone_Answers(string question, string told)
    {
        Answer answer = await SmallCorpus.Of(
                ("g1", "1987-03-13", "Vesterland and Norland grain",
                    "Vesterland has dropped its demand that Norland obtain bank guarantees before it would ship the grain cargoes, officials said. "
                    + "Norland has banned grain cargoes without bank guarantees until the talks end, officials said."))
            .AskAsync(question);

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(told, answer.Lead, StringComparison.Ordinal);
    }
}

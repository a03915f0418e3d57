using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On small corpora built here: a report names a person in full once and by the last name after that. The sentence
/// that answers a who-question often names them by the last name alone, or after a word that opens the sentence
/// ("Then Kessler said ..."), beside others named in full: the answer is the person the report names in full.
/// </summary>
public sealed class AnswerWhoByTheLastNameOnASmallCorpusTests
{
    private static readonly (string, string?, string, string) Withdrew =
        ("t1", "2026-07-07", "Orvald pulls out of the Lakeside Open",
            "Marta Orvald withdrew from the Lakeside Open semifinal on Thursday with an injured wrist, and the organisers then changed the schedule. "
            + "Then Kessler said he was sorry for her, as did her coach Ana Vidal. "
            + "Kessler will now head straight to the final, where he will face the winner of the match between Tomas Berg and Lio Ferrante. "
            + "Dan Kessler had reached the semifinal without dropping a set.");

    private static readonly (string, string?, string, string) Opened =
        ("t2", "2026-07-01", "Lakeside Open begins",
            "The Lakeside Open began on Monday in heavy rain. Organisers said the roof would stay closed.");

    [Theory]
    [InlineData("who goes straight to the final after orvald pulled out?")]
    [InlineData("who said he was sorry for orvald?")]
    public async Task ThePersonTheAnswerNamesByTheLastName_IsNamedInFull(string question)
    {
        Answer answer = await SmallCorpus.Of(Withdrew, Opened).AskAsync(question);

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Dan Kessler", answer.Lead, StringComparison.Ordinal);
    }
}

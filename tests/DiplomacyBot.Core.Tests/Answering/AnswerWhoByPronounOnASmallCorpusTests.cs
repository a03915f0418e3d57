using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here: the sentence that says what a who-question asks often names the speaker only as "he"
/// or "she" ("'We are completely united on trade,' she added"). The answer is the person the sentences before name.
/// </summary>
public sealed class AnswerWhoByPronounOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("g1", "2026-05-04", "Norland and Sudmark end trade round",
            "Foreign Minister Ann Lee of Norland spoke to reporters after the trade round in Geneva. "
            + "This was the third round this year. "
            + "She said the round had gone well. "
            + "\"We are completely united on tariffs,\" she added."),
        ("g2", "2026-05-01", "Trade round opens",
            "The trade round between Norland and Sudmark opened in Geneva on Friday. Delegates met behind closed doors."));

    [Fact]
    public async Task ASpeakerNamedOnlyAsSheInTheSentence_IsThePersonNamedBefore()
    {
        Answer answer = await Corpus.AskAsync("who said norland and sudmark were completely united on tariffs?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Ann Lee", answer.Lead, StringComparison.Ordinal);
    }
}

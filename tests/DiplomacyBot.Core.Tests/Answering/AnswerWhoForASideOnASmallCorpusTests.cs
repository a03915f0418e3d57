using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a meeting of two sides over a third's proposal, a deal two sides negotiated): who was
/// there or negotiated for one side is never answered with a person the report gives to another side.
/// </summary>
public sealed class AnswerWhoForASideOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("w1", "2024-04-08", "Geneva meeting on trade proposal",
            "Japanese trade minister Kenji Sato met French envoy Paul Martin in Geneva on Monday to discuss a German proposal on steel quotas."),
        ("w2", "2024-04-15", "Quota deal in Oslo",
            "Norwegian fisheries minister Anna Varga and Japanese envoy Jon Kroll negotiated the new quota deal in Oslo on Friday."));

    [Fact]
    public async Task PeopleOfOtherSides_DoNotAnswerWhoWasThereForTheThird()
    {
        Answer answer = await Corpus.AskAsync("who was at the geneva meeting on steel quotas for the german side?");

        Assert.DoesNotContain("Kenji Sato,", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("Paul Martin,", answer.Lead, StringComparison.Ordinal);
        Assert.False(answer.Lead.StartsWith("Kenji Sato", StringComparison.Ordinal) || answer.Lead.StartsWith("Paul Martin", StringComparison.Ordinal), answer.Lead);
    }

    [Fact]
    public async Task WhenOnlyPeopleOfOtherSidesAreNamed_TheArticlesDoNotSayWho()
    {
        Answer answer = await Corpus.AskAsync("who was at the geneva meeting on steel quotas for the german side?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("German proposal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePersonOfTheSideAsked_Answers()
    {
        Answer answer = await Corpus.AskAsync("who was at the geneva meeting on steel quotas for the japanese side?");

        Assert.StartsWith("Kenji Sato", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoNegotiatedForASide_IsThePersonOfThatSide()
    {
        Answer answer = await Corpus.AskAsync("who negotiated for Japan in Oslo?");

        Assert.StartsWith("Jon Kroll,", answer.Lead, StringComparison.Ordinal);
    }
}

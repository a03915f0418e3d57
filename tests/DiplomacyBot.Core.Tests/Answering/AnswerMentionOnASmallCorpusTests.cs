using DiplomacyBot.Core.Answering;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>
/// On a small corpus built here (a foreign minister's remarks after talks, and tariffs elsewhere): a yes-no question whether something was
/// said of a subject ("did he say anything about tariffs?") is answered by a sentence naming the subject; when none
/// does, the answer says the articles do not say, however close the minister's other remarks are. What is done to a
/// subject ("reopening the border crossings") is spoken of only by a sentence naming the subject's last noun too.
/// </summary>
public sealed class AnswerMentionOnASmallCorpusTests
{
    private static readonly SmallCorpus Corpus = SmallCorpus.Of(
        ("a1", "2024-04-03", "Minister Varga on the talks",
            "Foreign Minister Ilona Varga said the talks with Teralia had brought progress on visas and the work of both embassies."),
        ("a2", "2024-04-04", "Varga on trade",
            "Varga said Teralia under its new president wanted a quick end to the border conflict and a reset in relations."),
        ("a3", "2024-04-05", "Steel tariffs raised",
            "Morland raised its tariffs on steel imports from Kessia by a fifth."),
        ("a4", "2024-04-06", "Kessia answers",
            "Kessia said it would answer the tariffs with duties on Morland grain."),
        ("a5", "2024-04-07", "Tariff talks",
            "Trade officials of Morland and Kessia will meet on the tariffs next week."));

    private static readonly SmallCorpus Fishing = SmallCorpus.Of(
        ("f1", "2024-04-08", "Varga on fishing",
            "Foreign Minister Ilona Varga said Teralia was ready for reopening the fishing grounds closed last year."),
        ("f2", "2024-04-09", "Border crossings",
            "Teralia and Kessia kept their border crossings shut for a second month."));

    [Fact]
    public async Task NothingSaidOfTheSubject_IsNoAnswer()
    {
        Answer answer = await Corpus.AskAsync("did Varga say anything about Teralia's tariffs?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("tariffs", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIsDoneToASubject_IsNamedWithTheSubjectsLastNoun()
    {
        Answer crossings = await Fishing.AskAsync("did varga say anything about reopening the border crossings?");
        Answer grounds = await Fishing.AskAsync("did varga say anything about reopening the fishing grounds?");

        Assert.True(crossings.Abstained, crossings.Lead);
        Assert.Contains("about reopening the border crossings.", crossings.Lead, StringComparison.Ordinal);
        Assert.False(grounds.Abstained, grounds.Lead);
        Assert.Contains("fishing grounds", grounds.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSentenceNamingTheSubject_Answers()
    {
        Answer answer = await Corpus.AskAsync("did varga say anything about the embassies?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("both embassies", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhetherASubjectWasDiscussed_IsAnsweredByTheSentenceNamingIt()
    {
        Answer answer = await SmallCorpus.Of(
            ("b1", "2024-05-02", "Varga and Teralia hold talks in Kroll",
                "Ministers of both sides discussed visas at the Kroll talks on Tuesday. "
                + "The two sides will meet again in June. "
                + "The border conflict was not on the agenda, officials said."))
            .AskAsync("was the border conflict discussed at the kroll talks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("not on the agenda", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was the border discussed at the summit?", "border")]
    [InlineData("did tariffs come up in kroll?", "tariffs")]
    [InlineData("did they discuss the embassies?", "embassies")]
    [InlineData("was the dam on the agenda in kroll?", "dam")]
    [InlineData("did visas feature at all at the second round?", "visas")]
    [InlineData("has the minister mentioned tariffs?", "tariffs")]
    [InlineData("was the border discussed during the summit?", "border")]
    [InlineData("was trade on their agenda?", "trade")]
    public void TheSubjectAskedToHaveBeenDiscussed_IsTheFocus(string question, string subject)
    {
        AnalyzedQuestion analyzed = new QuestionAnalyzer().Analyze(question);

        Assert.True(analyzed.AsksMention);
        Assert.Equal([subject], analyzed.Focus.Select(g => analyzed.Groups[g].Key));
    }

    [Theory]
    [InlineData("did varga say anything about the embassies?", true)]
    [InlineData("has the minister commented on the tariffs", true)]
    [InlineData("did she mention teralia's visas?", true)]
    [InlineData("did the talks bring progress on visas?", false)]
    [InlineData("did the negotiators come up with a compromise?", false)]
    [InlineData("did they agree to discuss a ceasefire?", false)]
    public void AQuestionWhetherSomethingWasSaidOfASubject_IsKnown(string question, bool expected)
    {
        Assert.Equal(expected, new QuestionAnalyzer().Analyze(question).AsksMention);
    }
}

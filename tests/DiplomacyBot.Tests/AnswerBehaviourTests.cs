using System.Text.Json;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Hosting;
using DiplomacyBot.Storage.Tests;

namespace DiplomacyBot.Tests;

/// <summary>
/// How the answerer reads evidence, on a small corpus written for each rule: it states the fact asked for or says the
/// articles don't, it knows which numbered event a question means, and it never answers from reports written before
/// what the question asks about.
/// </summary>
public sealed class AnswerBehaviourTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private BotContext Open(params (string Id, string Published, string Title, string Body)[] articles)
    {
        string folder = Path.Combine(_temp.Path, "corpus");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "articles.jsonl"), articles.Select(a => JsonSerializer.Serialize(new
        {
            id = a.Id,
            published = a.Published,
            title = a.Title,
            body = a.Body,
            source = "Wire",
        })));
        var configuration = BotConfiguration.Build(new Dictionary<string, string?>
        {
            ["Storage:Path"] = _temp.File("bot.db"),
            ["Corpus:DefaultPath"] = folder,
        });
        return BotContext.Open(configuration, TextWriter.Null, seed: true);
    }

    private static readonly (string, string, string, string)[] Talks =
    [
        ("talks-1", "2024-03-02", "Envoys open first round of Danube water talks in Vienna",
            "The first round of talks on sharing the Danube's water opened in Vienna on Friday. " +
            "The delegations were led by Austrian envoy Maria Keller and Hungarian envoy Peter Varga. " +
            "The meeting lasted six hours at the Hofburg palace."),
        ("talks-2", "2024-05-10", "Second round of Danube water talks ends in Budapest",
            "The second round of Danube water talks ended in Budapest on Thursday. " +
            "Both sides agreed on a framework for sharing data on river levels. " +
            "Under the deal, each side will publish daily readings from 12 gauging stations. " +
            "A third round is planned for the autumn, officials said."),
    ];

    [Fact]
    public void AQuestionAboutARoundNoReportMentions_Abstains_NamingIt()
    {
        using BotContext bot = Open(Talks);

        Answer answer = bot.Answerer.Ask("When will the fifth round of Danube talks take place?");

        Assert.True(answer.Abstained);
        Assert.Contains("fifth round", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoLedTheFirstRound_NamesThePeople_FromTheReportOfThatRound()
    {
        using BotContext bot = Open(Talks);

        Answer answer = bot.Answerer.Ask("Who led the delegations at the first round of Danube talks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Equal("talks-1", answer.Citations[0].ArticleId);
        Assert.Contains("Maria Keller", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoLedTheSecondRound_Abstains_WhenOnlyTheFirstRoundsLeadersAreNamed()
    {
        using BotContext bot = Open(Talks);

        Answer answer = bot.Answerer.Ask("Who led the delegations at the second round of Danube talks?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("don't say who", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void WhereWasTheFirstRound_PrefersTheVenue()
    {
        using BotContext bot = Open(Talks);

        Answer answer = bot.Answerer.Ask("Where was the first round of Danube talks held?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Equal("talks-1", answer.Citations[0].ArticleId);
        string said = answer.Lead + string.Join("\n", answer.Citations.Select(c => c.Quote));
        Assert.Contains("Vienna", said, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatWasAgreed_QuotesTheTermsThatFollowTheLede()
    {
        using BotContext bot = Open(Talks);

        Answer answer = bot.Answerer.Ask("What did the two sides agree on river data?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("12 gauging stations", StringComparison.Ordinal));
    }

    [Fact]
    public void APastQuestionAboutAPeriodAfterEveryReport_Abstains_SayingHowOldTheNewestIs()
    {
        using BotContext bot = Open(Talks);

        Answer answer = bot.Answerer.Ask("What did the Danube water talks decide in December 2024?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("10 May 2024", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodTheQuestionIsFor_DoesNotMakeEarlierReportsTooOld()
    {
        using BotContext bot = Open(
            ("quota-1", "1987-06-28", "OPEC sets quotas", "OPEC assigned Iraq a production quota of 1.54 mln bpd for the second half of 1987, delegates said."));

        Answer answer = bot.Answerer.Ask("What production quota was Iraq assigned for the second half of 1987?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("1.54 mln bpd", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenDidSomeoneSaySomething_IsTheReportsDate_WithHowItWasEstablished()
    {
        using BotContext bot = Open(
            ("say-1", "2024-06-03", "Minister confirms new talks", "Foreign Minister Anna Berg confirmed that a new round of Danube talks would be held in Linz."));

        Answer answer = bot.Answerer.Ask("When did the minister confirm the talks would be held in Linz?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("By 3 June 2024", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("metadata", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void AWhenQuestionWhoseEvidenceGivesNoDate_Abstains()
    {
        using BotContext bot = Open(
            ("amb-1", "2024-06-03", "New ambassador", "Peter Varga is Hungary's new ambassador to Austria, the ministry said."));

        Answer answer = bot.Answerer.Ask("When was Varga appointed ambassador?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("don't say when", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ShowsHowTheQuestionWasRead_AndTheFeaturesOfEachCandidate()
    {
        using BotContext bot = Open(Talks);

        RankingExplanation explanation = bot.Extractive.Explain("Who led the delegations at the first round of Danube talks?");

        Assert.Equal(QuestionType.Who, explanation.Type);
        Assert.Equal(1, explanation.Ordinal);
        Assert.NotEmpty(explanation.Passages);
        Assert.True(explanation.Passages.Zip(explanation.Passages.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Contains(explanation.Passages, p => p.HoldsFact && p.Text.Contains("Maria Keller", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}

using System.Text.Json;
using DiplomacyBot.Core.Answering;
using DiplomacyBot.Hosting;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Tests;

/// <summary>
/// How the answerer reads evidence, on a small corpus written for each rule: it states the fact asked for or says the
/// articles don't, it knows which numbered event a question means, and it never answers from reports written before
/// what the question asks about.
/// </summary>
public sealed class AnswerBehaviourTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private Task<BotContext> OpenAsync(params (string Id, string Published, string Title, string Body)[] articles) =>
        OpenWireAsync(articles.Select(a => (a.Id, a.Published, (string?)null, a.Title, a.Body)).ToArray());

    private Task<BotContext> OpenWireAsync(params (string Id, string Published, string? Dateline, string Title, string Body)[] articles)
    {
        string folder = Path.Combine(_temp.Path, "corpus");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "articles.jsonl"), articles.Select(a => JsonSerializer.Serialize(new
        {
            id = a.Id,
            published = a.Published,
            title = a.Title,
            body = a.Body,
            dateline = a.Dateline,
            source = "Wire",
        })));
        var configuration = BotConfiguration.Build(new Dictionary<string, string?>
        {
            ["Storage:Path"] = _temp.File("bot.db"),
            ["Corpus:DefaultPath"] = folder,
        });
        return BotContext.OpenAsync(configuration, TextWriter.Null, seed: true);
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
    public async Task AnOutcomeTheReportsOnlyExpect_IsNotReportedYet_QuotingTheLatestExpectation()
    {
        using BotContext bot = await OpenAsync(Talks);
        Answer answer = await bot.Answerer.AskAsync("What was agreed at the third round of Danube talks?");

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.True(answer.Abstained);
        Assert.StartsWith("Not reported yet:", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("A third round is planned for the autumn", answer.Lead, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("third round is planned", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOutcomeTheReportsGive_IsAnswered()
    {
        using BotContext bot = await OpenAsync(Talks);
        Answer answer = await bot.Answerer.AskAsync("What was agreed at the second round of Danube talks?");

        Assert.Equal(AnswerOutcome.Answered, answer.Outcome);
        Assert.Contains(answer.Citations.Take(2), c => c.Quote.Contains("framework for sharing data", StringComparison.Ordinal));
    }

    private static readonly (string, string, string, string)[] Sale =
    [
        ("sale-1", "2024-10-20", "Treasury sets date for telecom share sale",
            "The treasury hopes to raise at least 500 billion yen from the sale of telecom shares on November 10. " +
            "Brokers said demand from retail investors was strong."),
        ("sale-2", "2024-03-05", "Treasury reviews privatisation plans",
            "The treasury reviewed its privatisation plans for the telecom company in March. " +
            "Officials said the share sale would go ahead later in the year."),
    ];

    [Theory]
    [InlineData("how much did the treasury actually raise in the nov 10 telecom share sale", "10 Nov 2024")]
    [InlineData("how much did the treasury raise from the telecom share sale in november?", "November 2024")]
    public async Task AnOutcomeOnADayTheReportsStillLookAheadTo_IsNotReportedYet(string question, string asked)
    {
        using BotContext bot = await OpenAsync(Sale);
        Answer answer = await bot.Answerer.AskAsync(question);

        Assert.Equal(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.StartsWith($"Not reported yet: the stored reports on this end on 20 Oct 2024, before {asked};", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("on November 10", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMonthWithoutAYear_ThatAReportComesFrom_IsNotTakenForOneStillToCome()
    {
        using BotContext bot = await OpenAsync(Sale);
        Answer answer = await bot.Answerer.AskAsync("what did the treasury review in march?");

        Assert.NotEqual(AnswerOutcome.NotYetReported, answer.Outcome);
        Assert.Contains(answer.Citations.Take(1), c => c.Quote.Contains("privatisation plans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMisspeltWord_IsLookedForAsTheIndexSpellsIt()
    {
        using BotContext bot = await OpenAsync(Talks);
        Answer answer = await bot.Answerer.AskAsync("when is the thrid round of danube tlaks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("A third round is planned for the autumn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANameTheArticlesLack_IsStillUnknown_ThoughASimilarWordExists()
    {
        using BotContext bot = await OpenAsync(Talks);
        Answer answer = await bot.Answerer.AskAsync("What did Vargason say about the Danube talks?");

        Assert.True(answer.Abstained);
        Assert.Contains("never mention Vargason", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskedAsOfADay_LaterArticlesDoNotCount()
    {
        using BotContext bot = await OpenAsync(Talks);

        Answer now = await bot.Answerer.AskAsync("What did the two sides agree on river data?");
        Answer before = await bot.Answerer.AskAsync("What did the two sides agree on river data?", new DateOnly(2024, 4, 1));
        Answer beforeAll = await bot.Answerer.AskAsync("Who led the delegations at the first round of Danube talks?", new DateOnly(2024, 3, 1));
        Answer onTheDay = await bot.Answerer.AskAsync("Who led the delegations at the first round of Danube talks?", new DateOnly(2024, 3, 2));

        Assert.Contains(now.Citations, c => c.ArticleId == "talks-2");
        Assert.DoesNotContain(before.Citations, c => c.ArticleId == "talks-2");
        Assert.True(beforeAll.Abstained);
        Assert.Empty(beforeAll.Citations);
        Assert.False(onTheDay.Abstained);
        Assert.All(onTheDay.Citations, c => Assert.Equal("talks-1", c.ArticleId));
    }

    [Fact]
    public async Task AskedAsOfADay_LastMonthMeansTheMonthBeforeIt()
    {
        using BotContext bot = await OpenAsync(Talks);
        Answer answer = await bot.Answerer.AskAsync("What happened in the Danube talks last month?", new DateOnly(2024, 6, 12));

        Assert.False(answer.Abstained);
        Assert.Equal("talks-2", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task AQuestionAboutARoundNoReportMentions_Abstains_NamingIt()
    {
        using BotContext bot = await OpenAsync(Talks);

        Answer answer = await bot.Answerer.AskAsync("When will the fifth round of Danube talks take place?");

        Assert.True(answer.Abstained);
        Assert.Contains("fifth round", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoLedTheFirstRound_NamesThePeople_FromTheReportOfThatRound()
    {
        using BotContext bot = await OpenAsync(Talks);

        Answer answer = await bot.Answerer.AskAsync("Who led the delegations at the first round of Danube talks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Equal("talks-1", answer.Citations[0].ArticleId);
        Assert.Contains("Maria Keller", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.StartsWith("Maria Keller and Peter Varga, according to", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoLedTheSecondRound_Abstains_WhenOnlyTheFirstRoundsLeadersAreNamed()
    {
        using BotContext bot = await OpenAsync(Talks);

        Answer answer = await bot.Answerer.AskAsync("Who led the delegations at the second round of Danube talks?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("don't say who", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereWasTheFirstRound_PrefersTheVenue()
    {
        using BotContext bot = await OpenAsync(Talks);

        Answer answer = await bot.Answerer.AskAsync("Where was the first round of Danube talks held?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Equal("talks-1", answer.Citations[0].ArticleId);
        string said = answer.Lead + string.Join("\n", answer.Citations.Select(c => c.Quote));
        Assert.Contains("Vienna", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatWasAgreed_QuotesTheTermsThatFollowTheLede()
    {
        using BotContext bot = await OpenAsync(Talks);

        Answer answer = await bot.Answerer.AskAsync("What did the two sides agree on river data?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("12 gauging stations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APastQuestionAboutAPeriodAfterEveryReport_Abstains_SayingHowOldTheNewestIs()
    {
        using BotContext bot = await OpenAsync(Talks);

        Answer answer = await bot.Answerer.AskAsync("What did the Danube water talks decide in December 2024?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("10 May 2024", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APeriodTheQuestionIsFor_DoesNotMakeEarlierReportsTooOld()
    {
        using BotContext bot = await OpenAsync(
            ("quota-1", "1987-06-28", "OPEC sets quotas", "OPEC assigned Iraq a production quota of 1.54 mln bpd for the second half of 1987, delegates said."));

        Answer answer = await bot.Answerer.AskAsync("What production quota was Iraq assigned for the second half of 1987?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("1.54 mln bpd", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenDidSomeoneSaySomething_IsTheReportsDate_WithHowItWasEstablished()
    {
        using BotContext bot = await OpenAsync(
            ("say-1", "2024-06-03", "Minister confirms new talks", "Foreign Minister Anna Berg confirmed that a new round of Danube talks would be held in Linz."));

        Answer answer = await bot.Answerer.AskAsync("When did the minister confirm the talks would be held in Linz?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("By 3 June 2024", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("metadata", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWhenQuestionWhoseEvidenceGivesNoDate_Abstains()
    {
        using BotContext bot = await OpenAsync(
            ("amb-1", "2024-06-03", "New ambassador", "Peter Varga is Hungary's new ambassador to Austria, the ministry said."));

        Answer answer = await bot.Answerer.AskAsync("When was Varga appointed ambassador?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("don't say when", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_ShowsHowTheQuestionWasRead_AndTheFeaturesOfEachCandidate()
    {
        using BotContext bot = await OpenAsync(Talks);

        RankingExplanation explanation = await bot.Extractive.ExplainAsync("Who led the delegations at the first round of Danube talks?");

        Assert.Equal(QuestionType.Who, explanation.Type);
        Assert.Equal(1, explanation.Ordinal);
        Assert.NotEmpty(explanation.Passages);
        Assert.True(explanation.Passages.Zip(explanation.Passages.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Contains(explanation.Passages, p => p.HoldsFact && p.Text.Contains("Maria Keller", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhereQuestions_NameThePlace_MadeMoreSpecificByTheSentencesThatFollow()
    {
        using BotContext bot = await OpenAsync(
            ("fx-1", "1987-10-19", "Treasury's Baker meets West German minister",
                "Treasury Secretary James Baker met Finance Minister Gerhard Stoltenberg today in West Germany and agreed to support the currency pact. " +
                "The Treasury described the meeting as a very positive, private meeting in Frankfurt, West Germany. " +
                "Baker was scheduled to visit Scandinavia later this week."),
            ("fx-2", "1987-10-12", "Stoltenberg comments on currencies",
                "Stoltenberg said in Bonn that currency markets were calm."));

        Answer answer = await bot.Answerer.AskAsync("Where did Baker meet Stoltenberg?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Frankfurt, West Germany", answer.Lead, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("in Frankfurt, West Germany", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWireStorysHere_IsItsDatelinePlace_AndTheDatelineCountsAsNamingThatPlace()
    {
        using BotContext bot = await OpenWireAsync(
            ("rub-1", "1987-10-20", "KUALA LUMPUR, Oct 20", "Rubber council meeting adjourned",
                "A council meeting of the rubber organisation has been adjourned until Thursday as tomorrow is a national holiday. " +
                "The main issue at the talks, which opened here yesterday, has been the buffer stock."),
            ("tin-1", "1987-10-18", "LONDON, Oct 18", "Tin traders cautious",
                "Tin traders in London said a council meeting of producers would be held in September."));

        Answer where = await bot.Answerer.AskAsync("Where did the rubber council talks open?");
        Answer when = await bot.Answerer.AskAsync("When will the rubber council meeting in Kuala Lumpur resume?");

        Assert.False(where.Abstained, where.Lead);
        Assert.StartsWith("Kuala Lumpur", where.Lead, StringComparison.Ordinal);
        Assert.False(when.Abstained, when.Lead);
        Assert.Equal("rub-1", when.Citations[0].ArticleId);
        Assert.StartsWith("Thursday (22 Oct 1987)", when.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowLong_IsTheLengthOfWhatIsAsked_NotAnAmountPerYear()
    {
        using BotContext bot = await OpenAsync(
            ("visit-1", "1987-04-27", "Nakasone leaves for Washington",
                "Nakasone leaves on his official visit to the United States on Wednesday, weeks after Reagan imposed tariffs of 300 mln dlrs a year on Japanese goods."),
            ("visit-2", "1987-03-26", "Nakasone to visit Washington in late April",
                "Prime Minister Nakasone will make an official week-long visit to the United States from April 29, officials said."));

        Answer answer = await bot.Answerer.AskAsync("How long will Nakasone's official visit to the United States last?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Week-long", answer.Lead, StringComparison.Ordinal);
        Assert.Equal("visit-2", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task When_UsesTheDateOfWhatWasAsked_NotTheDateItWasSaid()
    {
        using BotContext bot = await OpenAsync(
            ("fta-1", "1987-10-19", "US says trade pacts should spur trade",
                "Trade Representative Clayton Yeutter said on Monday that the free trade pact with Canada should help liberalise trade. " +
                "The Canadian pact, signed by the two sides two weeks ago, has yet to be approved by Congress."));

        Answer answer = await bot.Answerer.AskAsync("When was the free trade pact with Canada signed?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Two weeks ago", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereWasARoundHeld_IsAnsweredFromTheReportOfIt_NotFromItsAnnouncement()
    {
        using BotContext bot = await OpenAsync(
            ("an-1", "2024-04-01", "Second round of Danube talks to be held in Vienna",
                "A meeting took place in Vienna, and now a second round of Danube talks is being prepared."),
            ("rep-1", "2024-04-20", "Second round of Danube talks ends",
                "The two sides concluded the second round of Danube talks in Vienna on Thursday. " +
                "The delegations were led by senior envoys. " +
                "The meeting lasted five hours at the Austrian chancellery in Vienna."));

        Answer answer = await bot.Answerer.AskAsync("Where was the second round of Danube talks held?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Equal("rep-1", answer.Citations[0].ArticleId);
        Assert.StartsWith("The Austrian chancellery in Vienna", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatWasSaidAboutATopic_LeadsWithASentenceThatNamesIt()
    {
        using BotContext bot = await OpenAsync(Talks);

        Answer answer = await bot.Answerer.AskAsync("What was discussed about gauging stations in the second round?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("gauging stations", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLatest_LeadsWithTheNewestStorysOpeningSentence()
    {
        using BotContext bot = await OpenAsync(
            ("s-1", "1987-06-10", "U.S. lifts some sanctions on Japan",
                "Reagan lifted 51 mln dlrs of the semiconductor sanctions against Japan after Japan ended dumping."),
            ("s-2", "1987-10-20", "U.S. may end more sanctions against Japan",
                "The United States may lift an additional 84 mln dlrs in trade sanctions against Japan later this month, officials said. " +
                "Reagan imposed 300 mln dlrs in sanctions on Japanese goods last April over semiconductors. " +
                "Reagan lifted 51 mln dlrs of the semiconductor sanctions against Japan last June."));

        Answer answer = await bot.Answerer.AskAsync("What's the latest on the US semiconductor sanctions against Japan?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("84 mln dlrs", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLatest_ComesFromAStoryAboutTheSubject_NotANewerOneThatMentionsItInPassing()
    {
        using BotContext bot = await OpenAsync(
            ("sug-1", "1987-03-19", "International sugar pact to be renegotiated",
                "The International Sugar Agreement will be renegotiated, the organisation's officer in charge said after a special session."),
            ("com-1", "1987-03-31", "Commodity pacts under review",
                "International agreements exist for sugar and wheat, and coffee producers meet next week."));

        Answer answer = await bot.Answerer.AskAsync("What is happening with the International Sugar Agreement?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Equal("sug-1", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task ACountrysAdjective_FindsTheCountry()
    {
        using BotContext bot = await OpenAsync(
            ("fta-2", "1987-10-19", "Trade pacts should spur trade",
                "Yeutter spoke at a trade meeting in Washington. " +
                "The Canadian pact, signed by the two sides two weeks ago, has yet to be approved by Congress."));

        Answer answer = await bot.Answerer.AskAsync("When was the pact with Canada signed?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Two weeks ago", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADurationOfTalksElsewhere_DoesNotAnswerHowLongTheAskedMeetingLasted()
    {
        using BotContext bot = await OpenAsync(
            ("riy-1", "2025-04-30", "Lavrov says progress made",
                "Lavrov recalled a meeting in Riyadh in February on embassy operations. " +
                "Last week, expert delegations met in Jeddah, where after 12 hours of discussions they agreed on grain."));

        Answer answer = await bot.Answerer.AskAsync("How long did the Riyadh meeting last?");

        Assert.True(answer.Abstained, answer.Lead);
        Assert.Contains("don't say how long", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DidTheyAgreeADate_IsAnsweredOnlyByADateAheadOrAWordOnOne()
    {
        using BotContext bot = await OpenAsync(
            ("fl-1", "2025-04-11", "Istanbul talks end",
                "The talks in Istanbul in February covered embassies. " +
                "The Russian delegation stressed the importance of resuming direct flights."),
            ("fl-2", "2025-04-01", "Second meeting to be held",
                "Lavrov did not give an exact date for the second meeting in Istanbul."));

        Answer flights = await bot.Answerer.AskAsync("Did the Istanbul talks agree a date for resuming direct flights?");
        Answer meeting = await bot.Answerer.AskAsync("Did Lavrov give a date for the second Istanbul meeting?");

        Assert.True(flights.Abstained, flights.Lead);
        Assert.Contains("whether a date was given", flights.Lead, StringComparison.Ordinal);
        Assert.False(meeting.Abstained, meeting.Lead);
        Assert.Contains("did not give an exact date", meeting.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoHoldsARole_IsTheNameNextToIt_InTheStoryAboutTheSubject()
    {
        using BotContext bot = await OpenAsync(
            ("coc-1", "1987-03-27", "Cocoa council agrees buffer stock rules",
                "The cocoa council reached agreement on rules to govern its buffer stock. " +
                "The new rules take effect next week, after which the buffer stock manager can begin buying cocoa. " +
                "Traders expected the manager, Juergen Plambeck, to intervene within three weeks."),
            ("coc-2", "1987-03-25", "Cocoa council chairman seeks compromise",
                "Council chairman Denis Bra Kanon said he would seek a compromise on buffer stock rules."));

        Answer answer = await bot.Answerer.AskAsync("Who manages the cocoa buffer stock under the new rules?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.StartsWith("Juergen Plambeck (the manager)", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("the manager, Juergen Plambeck,", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_LeadsWithASentenceGivingAReason_WhenOneIsNearlyAsGood()
    {
        using BotContext bot = await OpenAsync(
            ("ecu-1", "1987-03-11", "Ecuador halts oil exports",
                "Ecuador suspended oil exports on Thursday, the energy ministry said. " +
                "Ecuador was forced to suspend oil exports for four months after an earthquake damaged a pipeline."),
            ("ecu-2", "1987-03-09", "Ecuador oil exports",
                "Ecuador's oil exports rose in February, officials said."));

        Answer answer = await bot.Answerer.AskAsync("Why did Ecuador suspend oil exports?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Contains("after an earthquake damaged a pipeline", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNextRound_IsTheMeetingTheNewestReportsExpect_NotAnAnnouncementOrAnOlderPlan()
    {
        using BotContext bot = await OpenAsync(
            ("n-1", "2024-03-01", "Danube talks to continue", "The next round of Danube talks will be held in June, officials said."),
            ("n-2", "2024-07-10", "Envoys prepare more Danube talks", "The envoys announced on Tuesday that they are preparing for the next round of Danube talks."),
            ("n-3", "2024-07-20", "Date set for Danube talks", "The next round of Danube talks will take place in Vienna on October 14."));

        Answer when = await bot.Answerer.AskAsync("When is the next round of Danube talks?");
        Answer update = await bot.Answerer.AskAsync("Any update on the next round of Danube talks?");

        Assert.False(when.Abstained, when.Lead);
        Assert.Contains("14 October 2024", when.Lead, StringComparison.Ordinal);
        Assert.Contains("planned", when.Lead, StringComparison.Ordinal);
        Assert.Contains("14 October 2024", update.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASummaryOfARoundThatTookPlace_ComesFromTheReportOfIt()
    {
        using BotContext bot = await OpenAsync(
            ("an-2", "2024-04-01", "Second round of Danube talks to be held in Vienna",
                "A meeting took place in Vienna, and now a second round of Danube talks is being prepared. " +
                "The second round of Danube talks will cover river data, the ministry said."),
            ("rep-2", "2024-04-20", "Danube envoys agree on river data",
                "The two sides concluded the second round of Danube talks in Vienna on Thursday. " +
                "Both sides agreed to share readings from 12 gauging stations."));

        Answer answer = await bot.Answerer.AskAsync("Can you summarize the second round of Danube talks?");

        Assert.False(answer.Abstained, answer.Lead);
        Assert.Equal("rep-2", answer.Citations[0].ArticleId);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("12 gauging stations", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}

using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Tests.Answering;

public sealed class QuestionAnalyzerTests
{
    private static readonly QuestionAnalyzer Analyzer = new();

    [Theory]
    [InlineData("When is the third round?", QuestionType.When)]
    [InlineData("what date was the meeting", QuestionType.When)]
    [InlineData("how far back do the border disputes go?", QuestionType.When)]
    [InlineData("how long ago did the ministers first meet?", QuestionType.When)]
    [InlineData("What was agreed on banking?", QuestionType.WhatAgreed)]
    [InlineData("Where did they meet?", QuestionType.Where)]
    [InlineData("Who led the delegation?", QuestionType.Who)]
    [InlineData("whos leading the talks for norland", QuestionType.Who)]
    [InlineData("wheres the next round", QuestionType.Where)]
    [InlineData("what exact day did the kroll talks end", QuestionType.When)]
    [InlineData("How many rounds have there been?", QuestionType.HowMany)]
    [InlineData("How long did the talks last?", QuestionType.HowLong)]
    [InlineData("Did Italy attend?", QuestionType.YesNo)]
    [InlineData("What's the latest on the talks?", QuestionType.Latest)]
    [InlineData("where was Lavrov speaking when he confirmed the meeting?", QuestionType.Where)]
    [InlineData("What did the US and Taiwan agree when they revised their accord?", QuestionType.WhatAgreed)]
    [InlineData("From what date do the tariffs apply?", QuestionType.When)]
    [InlineData("On what day did OPEC announce the accord?", QuestionType.When)]
    [InlineData("can you summarize the second round?", QuestionType.Summary)]
    [InlineData("Give me the main features of the new rubber pact.", QuestionType.Summary)]
    [InlineData("Which officials did Putin ask for a briefing?", QuestionType.Who)]
    [InlineData("which saudi official hosted the talks?", QuestionType.Who)]
    [InlineData("which two foreign ministers signed it", QuestionType.Who)]
    [InlineData("which political figure walked out of the summit?", QuestionType.Who)]
    [InlineData("what public figures backed the accord", QuestionType.Who)]
    [InlineData("what figure did the union give for its losses?", QuestionType.HowMany)]
    [InlineData("so which guy on their team walked out first?", QuestionType.Who)]
    [InlineData("what spokesman confirmed the delay", QuestionType.Who)]
    [InlineData("which head of state opened the summit?", QuestionType.Who)]
    [InlineData("which singer topped the charts this week?", QuestionType.Who)]
    [InlineData("which senior senator blocked the bill", QuestionType.Who)]
    [InlineData("the ferry strike - whats the name of the pilot who was sacked?", QuestionType.Who)]
    [InlineData("what's the name of the ferry pilot?", QuestionType.Who)]
    [InlineData("the ferry strike - whats the names of the 2 harbour employees who were sacked?", QuestionType.Who)]
    [InlineData("what are the names of the hostages?", QuestionType.Who)]
    [InlineData("what did the pilot say about the ferry strike?", QuestionType.Other)]
    [InlineData("what's the name of the company that sacked the pilot?", QuestionType.Other)]
    [InlineData("the ferry strike - any new start date yet?", QuestionType.When)]
    [InlineData("any date for the vote?", QuestionType.When)]
    [InlineData("any update on the ferry strike - is another vote in the works?", QuestionType.Latest)]
    [InlineData("any idea which airline would fly the route?", QuestionType.Other)]
    [InlineData("what did the port want the new cranes for anyway", QuestionType.Why)]
    [InlineData("what will they use the loan for?", QuestionType.Why)]
    [InlineData("what did the union ask for?", QuestionType.Other)]
    [InlineData("which is the official venue?", QuestionType.Other)]
    [InlineData("which US administration imposed the curbs?", QuestionType.Other)]
    [InlineData("In which city will the talks be held?", QuestionType.Where)]
    [InlineData("which harbour city brokerage confirmed the telex?", QuestionType.Other)]
    [InlineData("what will the ferry company pay the new pilots?", QuestionType.HowMany)]
    [InlineData("harbour cranes - what did they cost in the end?", QuestionType.HowMany)]
    [InlineData("what did the port spend the grant on?", QuestionType.Other)]
    [InlineData("which port authority signed the lease?", QuestionType.Other)]
    [InlineData("which port did the ships leave from?", QuestionType.Where)]
    [InlineData("which city hosted the talks?", QuestionType.Where)]
    [InlineData("which city held the talks?", QuestionType.Where)]
    [InlineData("which country didn't sign the pact?", QuestionType.Where)]
    [InlineData("what did the unions say about pay?", QuestionType.Other)]
    [InlineData("what did prosecutors charge him with?", QuestionType.Other)]
    [InlineData("How much debt did Germany reschedule?", QuestionType.HowMany)]
    [InlineData("the port freeze - how much longer does the board want to keep it?", QuestionType.HowLong)]
    [InlineData("what was the actual date of the harbour vote?", QuestionType.When)]
    [InlineData("whats the date for the port vote?", QuestionType.When)]
    [InlineData("What OPEC production quota was Iraq assigned?", QuestionType.HowMany)]
    [InlineData("vesterland jobless rate for march?", QuestionType.HowMany)]
    [InlineData("kroll's price per share?", QuestionType.HowMany)]
    [InlineData("kroll rate cut plans?", QuestionType.Other)]
    [InlineData("norland trade pact text?", QuestionType.Other)]
    [InlineData("norland to raise interest rates?", QuestionType.Other)]
    [InlineData("cost of living protests in vesterland?", QuestionType.Other)]
    [InlineData("What is happening with the International Sugar Agreement?", QuestionType.Latest)]
    [InlineData("Why did Ecuador suspend oil exports?", QuestionType.Why)]
    [InlineData("What prompted the tariffs on Japanese goods?", QuestionType.Why)]
    [InlineData("What caused the suspension of flights?", QuestionType.Why)]
    [InlineData("what sparked the port strike", QuestionType.Why)]
    [InlineData("what's behind the go-slow at the docks?", QuestionType.Why)]
    [InlineData("what was the point of the summit in vienna", QuestionType.Why)]
    [InlineData("the grain embargo - what triggered it?", QuestionType.Why)]
    [InlineData("Is the US still committed to the Louvre accord?", QuestionType.Latest)]
    [InlineData("What did Japan pledge under its semiconductor agreement?", QuestionType.WhatAgreed)]
    [InlineData("Which price did the council set?", QuestionType.HowMany)]
    [InlineData("How old is the new prime minister?", QuestionType.HowMany)]
    [InlineData("How far is the venue from the capital?", QuestionType.HowMany)]
    [InlineData("how many weeks will the ceasefire hold", QuestionType.HowLong)]
    [InlineData("Which province hosted the negotiations?", QuestionType.Where)]
    [InlineData("The leader of which southeast Asian country is handing power to his son?", QuestionType.Where)]
    [InlineData("What did the state department say about the talks?", QuestionType.Other)]
    [InlineData("whats the cost of the new embassy", QuestionType.HowMany)]
    [InlineData("What's the price of the grain deal?", QuestionType.HowMany)]
    [InlineData("whats the name of the us consul general in istanbul", QuestionType.Who)]
    [InlineData("what's yugoslavia's unemployment rate", QuestionType.HowMany)]
    [InlineData("What is the name of the plan they discussed?", QuestionType.Other)]
    [InlineData("The talks opened on Monday in a hotel by the lake. Where will the next round be held?", QuestionType.Where)]
    [InlineData("Ministers met twice last month. When is the next meeting?", QuestionType.When)]
    [InlineData("the envoy was replaced. who replaced him", QuestionType.Who)]
    [InlineData("the talks lasted how many hours?", QuestionType.HowLong)]
    [InlineData("he has been in office for how many years", QuestionType.HowLong)]
    [InlineData("The council cut the quota by how much?", QuestionType.HowMany)]
    [InlineData("the summit was moved to which city?", QuestionType.Where)]
    [InlineData("the new plan was drafted by who?", QuestionType.Who)]
    [InlineData("the delegation was led by whom", QuestionType.Who)]
    [InlineData("the ceasefire took effect on what date?", QuestionType.When)]
    [InlineData("The clock was set to how many seconds before the deadline?", QuestionType.HowLong)]
    [InlineData("the envoy of the man who signed it was praised", QuestionType.Other)]
    [InlineData("the next round of the grain talks when?", QuestionType.When)]
    [InlineData("the summit - how many hrs did it run?", QuestionType.HowLong)]
    [InlineData("the follow-up meeting of both delegations where", QuestionType.Where)]
    [InlineData("the delegations met in the city where the deal was signed", QuestionType.Other)]
    [InlineData("Prices rose. What did the bank say?", QuestionType.Other)]
    [InlineData("which governor resigned?", QuestionType.Who)]
    [InlineData("what finance minister signed it", QuestionType.Who)]
    [InlineData("what did the governor say?", QuestionType.Other)]
    [InlineData("which governor's plan was adopted?", QuestionType.Other)]
    public void QuestionType_IsReadFromItsWording(string question, QuestionType expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(question).Type);
    }

    [Theory]
    [InlineData("Which nation has legalised same-sex marriage?", Core.Events.PlaceKind.Country)]
    [InlineData("a former prime minister of which nation was shot at a campaign rally?", Core.Events.PlaceKind.Country)]
    [InlineData("in which southeast asian country did the leader resign?", Core.Events.PlaceKind.Country)]
    [InlineData("Which state was sued over the border barrier?", Core.Events.PlaceKind.State)]
    [InlineData("which city hosts the talks?", null)]
    [InlineData("Where did they meet?", null)]
    public void AKindOfPlaceAskedFor_IsKnownWhenItsPlacesAre(string question, Core.Events.PlaceKind? kind)
    {
        AnalyzedQuestion q = Analyzer.Analyze(question);

        Assert.Equal(QuestionType.Where, q.Type);
        Assert.Equal(kind, q.PlaceKind);
    }

    [Theory]
    [InlineData("what was discussed about visas in the second round?", "visas")]
    [InlineData("What did EC farm ministers agree on milk production?", "milk")]
    [InlineData("What was said regarding the embassies?", "embassies")]
    [InlineData("What was agreed in the second round?")]
    public void TheSubjectAskedAbout_IsTheFirstContentWordAfterAboutOnOrRegarding(string question, params string[] expected)
    {
        AnalyzedQuestion q = Analyzer.Analyze(question);

        Assert.Equal(expected, q.Focus.Select(g => q.Groups[g].Key));
    }

    [Theory]
    [InlineData("How long will Nakasone's visit last?", Core.Events.EventStatus.Planned)]
    [InlineData("How long did the meeting last?", Core.Events.EventStatus.Held)]
    [InlineData("When did Moscow confirm the second meeting would be in Istanbul?", Core.Events.EventStatus.Planned)]
    [InlineData("When did they say the talks had ended?", Core.Events.EventStatus.Held)]
    [InlineData("Who led the delegations?", Core.Events.EventStatus.Held)]
    [InlineData("When is the next round?", Core.Events.EventStatus.Planned)]
    public void TheTenseOfTheEventAsked_ComesFromItsOwnClause(string question, Core.Events.EventStatus expected)
    {
        Assert.Equal(expected, EventAnswerer.Tense(question));
    }

    [Fact]
    public void ContentWords_AreExpandedWithTheirDomainAlternatives_AndOrdinalsAreRead()
    {
        AnalyzedQuestion q = Analyzer.Analyze("When is the third round?");

        Assert.Equal(3, q.Ordinal);
        Assert.Equal(["third", "round"], q.Groups.Select(g => g.Key));
        Assert.Contains(q.Groups[1].Terms, t => t.Text == "phase" && t.Boost < 1);
        Assert.Contains(q.Groups[0].Terms, t => t.Text == "3rd");
    }

    [Fact]
    public void Names_AreMarked_AndTheUnitAskedForIsNotAContentWord()
    {
        AnalyzedQuestion q = Analyzer.Analyze("What day did OPEC ministers meet Iraq's envoy?");

        Assert.DoesNotContain(q.Groups, g => g.Key == "day");
        var names = q.Names.Select(i => q.Groups[i].Key).ToList();
        Assert.Contains("opec", names);
        Assert.DoesNotContain("ministers", names);
    }

    [Theory]
    [InlineData("What did OPEC agree in June 1987?", "1987-06-01", "1987-06-30", null)]
    [InlineData("What did EC ministers agree in March?", null, null, 3)]
    public void NamedPeriod_BecomesATimeConstraint(string question, string? first, string? last, int? month)
    {
        TimeConstraint period = Analyzer.Analyze(question).Period!;

        Assert.Equal(first is null ? null : DateOnly.Parse(first), period.First);
        Assert.Equal(last is null ? null : DateOnly.Parse(last), period.Last);
        Assert.Equal(month, period.Month);
    }

    [Theory]
    [InlineData("what's the coupon on vesterland's april 10-year bond")]
    [InlineData("coupon on the april 10 year nordby bond?")]
    public void ANumberThatCountsAUnit_IsNoDayOfTheMonthBeforeIt(string question)
    {
        AnalyzedQuestion q = Analyzer.Analyze(question);

        Assert.Equal(4, q.Period!.Month);
        Assert.Null(q.Period.Day);
    }

    [Fact]
    public void ThePeriodsWords_AreAConstraint_NotConceptsOrNames()
    {
        AnalyzedQuestion q = Analyzer.Analyze("How many rounds has Lavrov counted in September?");

        Assert.Equal(9, q.Period!.Month);
        Assert.DoesNotContain(q.Groups, g => g.Key == "september");
        Assert.Equal(["lavrov"], q.Names.Select(i => q.Groups[i].Key));
    }

    [Theory]
    [InlineData("What quota was Iraq assigned for the second half of 1987?", true)]
    [InlineData("What did OPEC decide in December 1987?", false)]
    public void APeriodSomethingIsFor_IsMarkedAsTheTarget(string question, bool target)
    {
        Assert.Equal(target, Analyzer.Analyze(question).PeriodIsTarget);
    }

    [Fact]
    public void AMultiWordEntry_IsOneConcept_WithItsAlternatives()
    {
        AnalyzedQuestion q = Analyzer.Analyze("when did relations hit rock bottom?");

        TermGroup group = Assert.Single(q.Groups, g => g.Key == "rock bottom");
        Assert.Contains(group.Terms, t => t.Text == "low");
        Assert.DoesNotContain(q.Groups, g => g.Key is "rock" or "bottom");
    }

    [Fact]
    public void HyphenatedParties_AreTwoNames_ButCompoundsStayWhole()
    {
        AnalyzedQuestion q = Analyzer.Analyze("What came out of the US-Russia 12-hour talks?");

        var keys = q.Groups.Select(g => g.Key).ToList();
        Assert.Contains("us", keys);
        Assert.Contains("russia", keys);
        Assert.Contains("12-hour", keys);
    }

    [Theory]
    [InlineData("the harbour strike - where'd it end up?", "harbour", "strike")]
    [InlineData("who'd the envoy meet in oslo?", "envoy", "oslo")]
    [InlineData("how'd the port vote go?", "port", "vote")]
    public void AContractedInterrogative_IsNotAConcept(string question, string first, string second)
    {
        var keys = Analyzer.Analyze(question).Groups.Select(g => g.Key).ToList();

        Assert.Contains(first, keys);
        Assert.Contains(second, keys);
        Assert.DoesNotContain(keys, k => k.Contains('\'', StringComparison.Ordinal));
    }

    [Fact]
    public void ARegion_IsAConcept_ButNoNameTheArticlesMustHold()
    {
        AnalyzedQuestion q = Analyzer.Analyze("the minister's Gulf tour - who did he meet in riyadh?");

        int gulf = q.Groups.ToList().FindIndex(g => g.Key == "gulf");
        int riyadh = q.Groups.ToList().FindIndex(g => g.Key == "riyadh");
        Assert.True(gulf >= 0);
        Assert.DoesNotContain(gulf, q.Names);
        Assert.Contains(riyadh, q.Names);
    }

    [Fact]
    public void TakePlace_IsTheQuestionsVerb_NotAConcept()
    {
        AnalyzedQuestion q = Analyzer.Analyze("where did the first round take place?");

        Assert.Equal(["first", "round"], q.Groups.Select(g => g.Key));
    }

    [Fact]
    public void TheDateAnyDateAsksFor_IsNotAConcept()
    {
        AnalyzedQuestion q = Analyzer.Analyze("the ferry strike - any new start date yet?");

        Assert.Equal(QuestionType.When, q.Type);
        Assert.DoesNotContain("date", q.Groups.Select(g => g.Key));
        Assert.Contains("ferry", q.Groups.Select(g => g.Key));
    }
}

public sealed class QuestionAnalyzerOutcomeAndPeriodTests
{
    private static readonly QuestionAnalyzer Analyzer = new();

    [Theory]
    [InlineData("What was agreed at the third round?", true)]
    [InlineData("did the farm ministers decide anything on milk quotas", true)]
    [InlineData("what came of the vote in parliament", true)]
    [InlineData("what came out of the london meeting", true)]
    [InlineData("What has come of the ceasefire plan?", true)]
    [InlineData("how did the port talks go?", true)]
    [InlineData("so how did the takeover bid turn out, who won?", true)]
    [InlineData("How have the wage talks ended", true)]
    [InlineData("how did the ministers go to Geneva?", false)]
    [InlineData("how did they end up with a 20 pct stake?", false)]
    [InlineData("how did the envoy choose where to go?", false)]
    [InlineData("how did the envoy decide which yard to use?", false)]
    [InlineData("how does the old saying go?", false)]
    [InlineData("Did they agree to hold a third round?", false)]
    [InlineData("Is Japan going to ratify the cocoa agreement?", false)]
    [InlineData("who did Lavrov agree the third round with?", false)]
    [InlineData("When is the third round?", false)]
    [InlineData("Where was the accord signed?", false)]
    [InlineData("Who led the third round?", true)]
    [InlineData("Where did the third round take place?", true)]
    [InlineData("How long did the second round last?", true)]
    [InlineData("when did the third round take place", true)]
    [InlineData("When was the second round held?", true)]
    [InlineData("When will the third round take place?", false)]
    [InlineData("When did the talks take place?", false)]
    [InlineData("Who will lead the third round?", false)]
    [InlineData("Who led the Russian delegation?", false)]
    [InlineData("Where is the next round held?", false)]
    public void AsksOutcome_OnlyWhenWhatCameOfSomethingIsAsked(string question, bool asks)
    {
        Assert.Equal(asks, Analyzer.Analyze(question).AsksOutcome);
    }

    [Fact]
    public void RelativeWords_NameAPeriodOnlyAgainstAReferenceDay()
    {
        AnalyzedQuestion unanchored = Analyzer.Analyze("what happened in the talks last month");
        AnalyzedQuestion anchored = Analyzer.Analyze("what happened in the talks last month", new DateOnly(2024, 6, 12));

        Assert.Null(unanchored.Period);
        Assert.Equal(new DateOnly(2024, 5, 1), anchored.Period!.First);
        Assert.Equal(new DateOnly(2024, 5, 31), anchored.Period.Last);
    }

    [Fact]
    public void AMonthWithoutAYear_StaysAMonthWhateverTheReferenceDay()
    {
        AnalyzedQuestion question = Analyzer.Analyze("where did coffee producers meet in March?", new DateOnly(2026, 12, 2));

        Assert.Null(question.Period!.First);
        Assert.Equal(3, question.Period.Month);
    }

    [Theory]
    [InlineData("What's the latest?")]
    [InlineData("what's new?")]
    [InlineData("any news?")]
    [InlineData("latest news please")]
    public void ALatestQuestionWithNoSubject_HasNoConceptsToSearch(string question)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(QuestionType.Latest, analyzed.Type);
        Assert.Empty(analyzed.Groups);
    }

    [Theory]
    [InlineData("what happened in june 1987", 1987, 6)]
    [InlineData("What happened in June 1987?", 1987, 6)]
    [InlineData("talks in september 2025?", 2025, 9)]
    public void AMonthTypedInLowerCase_IsAPeriod_NotAConcept(string question, int year, int month)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(new DateOnly(year, month, 1), analyzed.Period?.First);
        Assert.Equal(new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), analyzed.Period?.Last);
        Assert.DoesNotContain(analyzed.Groups, g => g.Key == MonthName(month));
    }

    [Theory]
    [InlineData("They May meet in may 1987", "They May meet in May 1987")]
    [InlineData("they may meet", "they may meet")]
    [InlineData("did they agree in may?", "did they agree in May?")]
    [InlineData("what came of their may meeting", "what came of their May meeting")]
    [InlineData("any news since mid-may", "any news since mid-May")]
    [InlineData("the council may decide in may", "the council may decide in May")]
    [InlineData("prices in may be higher", "prices in may be higher")]
    public void May_IsAMonthNextToADayOrAfterAPrepositionOrDeterminer_NeverBeforeItsVerb(string question, string expected) =>
        Assert.Equal(expected, Core.Text.MonthNames.Capitalised(question));

    [Fact]
    public void AMeetingOfAMonthTypedInLowerCase_IsAPeriod()
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze("what did the growers decide at their may meeting");

        Assert.Equal(5, analyzed.Period?.Month);
        Assert.True(analyzed.AsksOutcome);
    }

    [Theory]
    [InlineData("did they agree at the nov 16 meeting", "did they agree at the Nov 16 meeting")]
    [InlineData("did they agree on 16 nov?", "did they agree on 16 Nov?")]
    [InlineData("what happened in sept 1987", "what happened in Sept 1987")]
    [InlineData("any news from the dec. 3 summit", "any news from the Dec. 3 summit")]
    [InlineData("is the mar still open", "is the mar still open")]
    public void AbbreviatedMonths_AreMonthsOnlyNextToADayOrAYear(string question, string expected) =>
        Assert.Equal(expected, Core.Text.MonthNames.Capitalised(question));

    [Fact]
    public void ADayWithoutAYear_ConstrainsTheMonthAndKeepsTheDay()
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze("did ministers agree the stabilisers at the nov 16 meeting");

        Assert.Null(analyzed.Period?.First);
        Assert.Equal(11, analyzed.Period?.Month);
        Assert.Equal(16, analyzed.Period?.Day);
    }

    private static string MonthName(int month) => new DateOnly(2000, month, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture).ToLowerInvariant();
    [Theory]
    [InlineData("the border summit in may - when did it take place?", true)]
    [InlineData("the summit - when did it take place?", true)]
    [InlineData("the norland fishing ban: when did it start?", false)]
    public void AnEventNamedInATopicBeforeTheQuestion_IsTheEventAsked(string question, bool named)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(QuestionType.When, analyzed.Type);
        Assert.Equal(named, analyzed.NamesEvent);
        Assert.Equal(named, analyzed.NamesMeeting);
    }

    [Fact]
    public void WhatTheQuestionSaysOfEvents_IsReadOnce_WithTheQuestion()
    {
        AnalyzedQuestion third = Analyzer.Analyze("When will the third round of talks in Istanbul take place?");
        Assert.Equal(("third round", 3, (DiplomacyBot.Core.Events.EventStatus?)DiplomacyBot.Core.Events.EventStatus.Planned), (third.NumberedEvent, third.Ordinal, third.Tense));
        Assert.Equal(["Istanbul"], third.Places);
        Assert.True(third.NamesEvent && third.NamesMeeting);
        Assert.False(third.AsksNext);

        AnalyzedQuestion next = Analyzer.Analyze("any news on the next meeting?");
        Assert.True(next.AsksNext && next.LooksAhead);
        Assert.Equal("next meeting", next.NumberedEvent);

        AnalyzedQuestion held = Analyzer.Analyze("When did Moscow confirm the second meeting would be in Istanbul?");
        Assert.True(held.AsksStatementDate && held.NamesReporting);

        AnalyzedQuestion plain = Analyzer.Analyze("What did the ministers discuss?");
        Assert.Null(plain.NumberedEvent);
        Assert.False(plain.AsksStatementDate || plain.NamesReporting || plain.AsksNext || plain.AsksForDate);
        Assert.Empty(plain.Places);
    }

    [Theory]
    [InlineData("Did they agree a date for the vote?", true)]
    [InlineData("Was a deadline set?", true)]
    [InlineData("Did they agree on the vote?", false)]
    [InlineData("When is the date of the vote?", false)]
    public void AYesNoQuestionNamingADate_AsksForADate(string question, bool asks)
    {
        Assert.Equal(asks, Analyzer.Analyze(question).AsksForDate);
    }

    [Theory]
    [InlineData("Who manages the buffer stock?", "manager")]
    [InlineData("who currently chairs the council", "chairman")]
    [InlineData("Who heads the delegation?", "head")]
    [InlineData("Who spoke for the ministry?", "spokesman")]
    [InlineData("Who brokered the deal?", "mediator")]
    [InlineData("Who led the delegation?", null)]
    [InlineData("What does the chairman say?", null)]
    public void AWhoQuestionWithARoleVerb_AsksForTheHolderOfThatRole(string question, string? role)
    {
        Assert.Equal(role, Analyzer.Analyze(question).AskedRole);
    }
    [Theory]
    [InlineData("who led the russian delegation?", "Russia")]
    [InlineData("who led the US side in Istanbul?", "United States")]
    [InlineData("Who is Moscow's new envoy?", "Russia")]
    [InlineData("who has trump picked as his envoy to moscow?", null)]
    [InlineData("Who signed the agreement on behalf of China and Portugal?", null)]
    [InlineData("who led us to this point?", null)]
    [InlineData("who represented japan at the cocoa talks?", "Japan")]
    [InlineData("who spoke on behalf of the french government?", "France")]
    [InlineData("who represented the union at the talks?", null)]
    [InlineData("who represented japan and france at the talks?", null)]
    [InlineData("who will represent us in geneva?", null)]
    [InlineData("who negotiated for japan in geneva?", "Japan")]
    [InlineData("who spoke for the french at the talks", "France")]
    [InlineData("who signed for norway and japan?", null)]
    [InlineData("who is negotiating for the union?", null)]
    [InlineData("who mediated the talks for norway's entry?", null)]
    [InlineData("who signed for nigeria and ghana?", null)]
    public void TheSideWhosePeopleAreAskedFor_IsTheOneBeforeTheWordForThem(string question, string? side)
    {
        Assert.Equal(side, Analyzer.Analyze(question).Side);
    }

    [Theory]
    [InlineData("who's vietnam's new foreign minister after the shake up", "foreign minister")]
    [InlineData("Who is the State Department spokesman?", "spokesperson")]
    [InlineData("who is russia's defense minister", "defence minister")]
    [InlineData("Who is president of the OPEC conference?", "president")]
    [InlineData("Who chaired the talks?", null)]
    [InlineData("Who met Lavrov in Riyadh?", null)]
    [InlineData("who ended up as norland's pm after the vote?", "prime minister")]
    [InlineData("who became foreign minister in the reshuffle", "foreign minister")]
    [InlineData("who took over as chairman of the council?", "chairman")]
    [InlineData("who was named finance minister?", "finance minister")]
    public void WhoIs_AsksForTheTitlesHolder(string question, string? title)
    {
        Assert.Equal(title, Analyzer.Analyze(question).AskedTitle);
    }

    [Fact]
    public void TypedQuestions_ReadPossessivesAndPlacesAsWritten()
    {
        AnalyzedQuestion asked = Analyzer.Analyze("who's vietnam's new foreign minister");

        Assert.Equal(["vietnam", "new", "foreign", "minister"], asked.Groups.Select(g => g.Key));
        Assert.Contains("Vietnam", asked.Places);
        Assert.Contains(0, asked.Names);
        Assert.DoesNotContain(3, asked.Names);
    }

    [Fact]
    public void ACapital_AlsoFindsItsCountry()
    {
        AnalyzedQuestion asked = Analyzer.Analyze("what is nairobi buying from oslo");

        Assert.Contains(asked.Groups.Single(g => g.Key == "nairobi").Terms, t => t.Text == "kenya");
        Assert.Contains(asked.Groups.Single(g => g.Key == "oslo").Terms, t => t.Text == "norway");
        Assert.Equal(2, asked.Names.Count);
    }

    [Theory]
    [InlineData("who will lead the thrid round", 3, "third round")]
    [InlineData("When is the Frist round of talks?", 1, "First round")]
    [InlineData("what happened at the secnod meeting", 2, "second meeting")]
    public void AnOrdinalTypedWithTwoLettersSwapped_IsStillTheNumberedEvent(string question, int ordinal, string named)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(ordinal, analyzed.Ordinal);
        Assert.Equal(named, analyzed.NumberedEvent);
    }

    [Fact]
    public void AWordThatIsNoOrdinal_IsLeftAsTyped()
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze("who fired the shots at the border?");

        Assert.Null(analyzed.Ordinal);
        Assert.Contains(analyzed.Groups, g => g.Key == "fired");
    }

    [Theory]
    [InlineData("who led the russian team at the 12hr talks in saudi", new[] { "12" })]
    [InlineData("did the 40,000 tonne quota for 1987 pass", new[] { "40000" })]
    [InlineData("what did the G7 say at the 3rd round in june 1987?", new string[0])]
    [InlineData("What was agreed on 1.5 pct rises?", new[] { "1.5" })]
    [InlineData("The union won for the 15th time in 16 years. How many of its 40 members voted?", new[] { "40" })]
    [InlineData("how much did vesterland set aside for defence in the 24 budget", new string[0])]
    [InlineData("what did kroll pay for the yard in '23?", new string[0])]
    [InlineData("did nordby exports rise from 10 to 12 pct in 23?", new[] { "10", "12" })]
    [InlineData("who chaired the 12 hour talks", new[] { "12" })]
    public void TheFiguresAQuestionStates_AreReadAsDigits_NotNamesYearsOrOrdinals(string question, string[] figures)
    {
        Assert.Equal(figures, Analyzer.Analyze(question).Figures);
    }

    [Theory]
    [InlineData("what was the flight number of the vesterland air jet?", "flight")]
    [InlineData("what's the case number in the kroll suit", "case")]
    [InlineData("what was the number of people killed?", null)]
    [InlineData("what was the jobless number in march?", null)]
    [InlineData("what's the total number of flights", null)]
    public void ANumberThatNamesAThing_IsAskedForByItsNoun_NotACount(string question, string? thing)
    {
        Assert.Equal(thing, Analyzer.Analyze(question).IdentifierOf);
    }

    [Fact]
    public void AYearTypedWithTwoDigits_IsFoundAsTheReportsWriteIt()
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze("how much did vesterland set aside for defence in the 24 budget", new DateOnly(2026, 12, 7));

        Assert.Contains(analyzed.Groups, g => g.Key == "24" && g.Terms.Any(t => t.Text == "2024"));
    }

    [Fact]
    public void WhatsTheNameOf_AsksForTheTitlesHolder()
    {
        Assert.Equal("consul general", Analyzer.Analyze("whats the name of the us consul general in istanbul").AskedTitle);
    }

    [Theory]
    [InlineData("have direct flights between russia and the us resumed?", "resumed")]
    [InlineData("did the us return the seized diplomatic properties?", "return")]
    [InlineData("has the grain deal been restored?", "restored")]
    [InlineData("has the us sent a new ambassador to moscow yet?", "sent")]
    [InlineData("have the talks begun?", "begun")]
    [InlineData("did clark say the talks went well?", null)]
    [InlineData("Did they set a date for the vote?", null)]
    [InlineData("When did flights resume?", "resume")]
    [InlineData("did ig metall take the employers offer", "take")]
    [InlineData("did the belgian king accept the resignation", "accept")]
    [InlineData("the harbour loan - did they sign it after the envoys flew in?", "sign")]
    [InlineData("did the creditors sign off on the buyback?", "sign")]
    [InlineData("has the strike been called off?", "called")]
    [InlineData("have the seized buildings been handed back?", "handed")]
    [InlineData("did norway get its 6 buildings back?", "get")]
    [InlineData("did the varberg dockers union get its court order?", "get")]
    [InlineData("did the vesterland court grant kroll the rehearing", "grant")]
    [InlineData("did the workers pay offer include a bonus?", "include")]
    [InlineData("has kroll launched its nordby built ferry yet", "launched")]
    [InlineData("did kroll have to pay the fine?", "pay")]
    [InlineData("has the deal agreed in oslo been ratified?", "ratified")]
    [InlineData("were the crews held in varberg released?", "released")]
    [InlineData("when did gorbachev visit washington", "visit")]
    [InlineData("did lisbon lift tariffs to speed the accord along?", "lift")]
    [InlineData("did the council discuss quotas before the vote?", "discuss")]
    [InlineData("did ferries between norway and the netherlands restart?", "restart")]
    [InlineData("did norway and the regions agree a formula?", "agree")]
    [InlineData("did talks between them and us resume?", "resume")]
    [InlineData("once the envoys had met, did norway drop its plan to build the dam?", "drop")]
    [InlineData("is the treaty actually due to expire?", null)]
    [InlineData("When will flights resume?", null)]
    [InlineData("When is the third round?", null)]
    public void AQuestionWhetherOrWhenSomethingWasDone_NamesTheDeed(string question, string? deed)
    {
        Assert.Equal(deed, Analyzer.Analyze(question).Deed);
    }

    [Theory]
    [InlineData("how much compensation did iran get?", "compensation")]
    [InlineData("how many russian diplomats got kicked out in 2016?", "diplomats")]
    [InlineData("how many buildings/properties r the russians trying to get back", "buildings,properties")]
    [InlineData("how much commercial bank debt is covered?", "commercial,bank,debt")]
    [InlineData("how many engineers joined the strike?", "engineers")]
    [InlineData("how many deployed warheads does new start allow?", "deployed,warheads")]
    [InlineData("how much money is frozen?", "")]
    [InlineData("how much did they pay?", "")]
    [InlineData("how long did the talks last?", "")]
    public void AHowManyQuestion_NamesWhatItCounts(string question, string counted)
    {
        Assert.Equal(counted, string.Join(',', Analyzer.Analyze(question).Counted));
    }

    [Theory]
    [InlineData("did the cabinet approve the gas contract?", "cabinet")]
    [InlineData("did the assembly also pass the fisheries bill?", "assembly")]
    [InlineData("did kroll shareholders endorse the merger with varga?", "shareholders")]
    [InlineData("did the union leader accept the offer?", null)]
    [InlineData("did house prices fall in may?", null)]
    [InlineData("did they sign the deal?", null)]
    [InlineData("did the cabinet announce the budget?", null)]
    [InlineData("did varga attend the oslo talks?", "varga")]
    [InlineData("did anyone attend the oslo talks?", null)]
    [InlineData("did norway ratify the treaty?", null)]
    [InlineData("did we sign the deal?", null)]
    [InlineData("has the vesterland parliament ratified the treaty yet?", "parliament")]
    [InlineData("have the shareholders approved the merger?", "shareholders")]
    [InlineData("has the kremlin signed the accord?", null)]
    [InlineData("has nato agreed to send the ships?", "nato")]
    [InlineData("was the treaty ratified by the parliament?", null)]
    public void AYesNoQuestion_NamesTheBodyAskedToHaveDoneTheDeed(string question, string? doer)
    {
        Assert.Equal(doer, Analyzer.Analyze(question).Doer);
    }

    [Theory]
    [InlineData("how many people were killed in the clashes?", "killed")]
    [InlineData("how many workers has the meatpacker hired since the strike?", "hired")]
    [InlineData("how many diplomats have been expelled in total?", "expelled")]
    [InlineData("how much was the bank fined?", "fined")]
    [InlineData("how much commercial bank debt is covered by the suspension?", null)]
    [InlineData("how much crude is iran sending the soviets?", null)]
    [InlineData("how many jobs are expected to go?", null)]
    [InlineData("how much is the revived grain deal supposed to move?", null)]
    [InlineData("how many people attended the rally?", null)]
    [InlineData("how much did the shipper raise from the listing?", "raise")]
    [InlineData("how many workers did the port of varberg hire?", "hire")]
    [InlineData("how many trucks did the army seize when it entered the town", "seize")]
    [InlineData("how many attended the rally? did police intervene?", null)]
    [InlineData("how much did kroll pay for varga?", null)]
    [InlineData("how many crates did the crew load up?", "load")]
    [InlineData("how many cranes did the port end up ordering", "ordering")]
    [InlineData("how much did the minister want?", null)]
    [InlineData("how many did they get?", null)]
    [InlineData("how many did?", null)]
    [InlineData("how much did the", null)]
    [InlineData("how much is linden getting for the yard", null)]
    [InlineData("how many ferries have been taken out of service?", "taken")]
    [InlineData("how many vetoes have been overridden?", "overridden")]
    public void AHowManyQuestion_NamesWhatTheCountedThingsUnderwent(string question, string? deed)
    {
        Assert.Equal(deed, Analyzer.Analyze(question).CountedDeed);
    }

    [Theory]
    [InlineData("what did the varberg port board decide on the quay?", "decide")]
    [InlineData("so what did kroll concede in the ferry talks", "concede")]
    [InlineData("norland ferry strike - what did the mediators propose?", "propose")]
    [InlineData("what did the envoy tell the ministers about the quay?", null)]
    [InlineData("what did they want the board to approve?", null)]
    [InlineData("what did the yard do about the strike", null)]
    [InlineData("what did the minister say", null)]
    [InlineData("how much did kroll raise?", null)]
    [InlineData("what is the board deciding?", null)]
    [InlineData("what did kroll offer for the varga line", null)]
    [InlineData("what did the two ministers discuss in varberg", null)]
    [InlineData("what did the talks focus on", null)]
    public void AWhatDidQuestion_NamesTheDeedAskedAbout(string question, string? deed)
    {
        Assert.Equal(deed, Analyzer.Analyze(question).WhatDeed);
    }

    [Theory]
    [InlineData("what price per share is kroll offering for varga?", "share")]
    [InlineData("how much a tonne are the mills paying for the ore", "tonne")]
    [InlineData("how much is kroll paying per share", "share")]
    [InlineData("how much cash is kroll offering per varga share", "share")]
    [InlineData("how much is kroll paying per share in cash?", "share")]
    [InlineData("how much did a barrel of norland crude cost a year ago?", null)]
    [InlineData("what's the per share price of the kroll offer", "share")]
    [InlineData("how much is kroll paying for varga?", null)]
    [InlineData("how much of a stake does kroll hold?", null)]
    [InlineData("when did kroll offer 40 dlrs per share?", null)]
    public void AHowMuchQuestion_NamesTheUnitARateIsAskedFor(string question, string? unit)
    {
        Assert.Equal(unit, Analyzer.Analyze(question).PerUnit);
    }

    [Theory]
    [InlineData("who is darchiev?", "darchiev")]
    [InlineData("darchiev - who is he exacly, whats his role", "darchiev")]
    [InlineData("what's dmitriev's job", "dmitriev")]
    [InlineData("who's alexander darchiev again?", "alexander darchiev")]
    [InlineData("who is he meeting in moscow", null)]
    [InlineData("what was darchiev's job before moscow sent him to washington?", null)]
    [InlineData("who's russia's defence minister", null)]
    [InlineData("who is the chairman?", null)]
    [InlineData("who is japan sending to washington for the chip talks", null)]
    [InlineData("who was first?", null)]
    [InlineData("who is next?", null)]
    public void AQuestionAskingWhoSomeoneIs_NamesThem(string question, string? identity)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(identity, analyzed.Identity);
        if (identity is not null)
        {
            Assert.Equal(identity.Split(' '), analyzed.Groups.Select(g => g.Key));
            Assert.Equal(analyzed.Groups.Count, analyzed.Names.Count);
        }
    }

    [Theory]
    [InlineData("lavrov said in april a second meeting was in the works - did it go ahead?", null)]
    [InlineData("the copper strike in march - how long did it last?", 3)]
    [InlineData("what did lavrov say in april?", 4)]
    public void ATimeDatingASayingBeforeTheQuestion_DoesNotDateWhatIsAsked(string question, int? month)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(month, analyzed.Period?.Month);
        Assert.DoesNotContain(analyzed.Groups, g => g.Key == "april");
    }

    [Theory]
    [InlineData("has the senate ratified the rubber agreement yet?", true)]
    [InlineData("are direct flights back on yet", true)]
    [InlineData("has the senate ratified the rubber agreement?", false)]
    [InlineData("did they announce yet another round?", false)]
    [InlineData("when will the talks resume? no date yet", false)]
    public void AQuestionWhetherSomethingIsDoneByNow_SaysSo(string question, bool yet)
    {
        Assert.Equal(yet, Analyzer.Analyze(question).AsksYet);
    }

    [Theory]
    [InlineData("Which iconic landmark is riddled with rust?", true)]
    [InlineData("which treaty did the two sides sign in june", true)]
    [InlineData("Which of the ministers resigned?", true)]
    [InlineData("Which is the bigger market?", false)]
    [InlineData("What was agreed on banking?", false)]
    [InlineData("When is the third round?", false)]
    public void AQuestionForOneThingOfAKind_AsksForAName(string question, bool asksName) =>
        Assert.Equal(asksName, Analyzer.Analyze(question).AsksName);

    [Theory]
    [InlineData("what is the name of the new research vessel?", "vessel")]
    [InlineData("What is the name of the category 2 storm that hit the coast?", "storm")]
    [InlineData("whats the name of Jon's dog", "dog")]
    [InlineData("what was the ferry's name?", "ferry")]
    [InlineData("what was the ship called?", "ship")]
    [InlineData("A dance craze known as what is sweeping the city?", "craze")]
    [InlineData("what's the name of Jon Strand?", null)]
    [InlineData("what was the outcome of the talks?", null)]
    [InlineData("what did they call for?", null)]
    [InlineData("what is kroll's ferry going to be called", "ferry")]
    [InlineData("what will the norland research vessel be called?", "vessel")]
    [InlineData("what is kroll going to call the ferry", "ferry")]
    [InlineData("what did the yard name the ship?", "ship")]
    [InlineData("what is it called?", null)]
    [InlineData("what was varga systems formerly called", null)]
    [InlineData("what was berg named?", null)]
    [InlineData("what did the minister call for in the talks?", null)]
    [InlineData("which ferry yard did kroll pick?", "yard")]
    [InlineData("which donor countries pledged the most?", "countries")]
    [InlineData("which truck models does varga build at nordby?", "models")]
    [InlineData("which company owns the port", "company")]
    [InlineData("which landmark was restored", "landmark")]
    [InlineData("which company's ships were seized?", "company's")]
    public void AQuestionForTheNameOfAThing_SaysItsKind(string question, string? kind) =>
        Assert.Equal(kind, Analyzer.Analyze(question).NameKind);

    [Theory]
    [InlineData("who's the president of kroll mining?", "kroll mining")]
    [InlineData("who is the chairman of the Varga group now", "Varga group")]
    [InlineData("who was the chairman of berg shipping in 1987", "berg shipping")]
    [InlineData("who was the prime minister at the time?", null)]
    [InlineData("who is the president of the philippines?", null)]
    [InlineData("who is norland's foreign minister?", null)]
    [InlineData("who's the chairman?", null)]
    public void AQuestionForTheHolderOfATitle_NamesTheBodyItIsOf(string question, string? body) =>
        Assert.Equal(body, Analyzer.Analyze(question).TitleBody is { } words ? string.Join(' ', words) : null);

    [Theory]
    [InlineData("what caused the fire at the kroll mill?", "fire")]
    [InlineData("what sparked the walkout", "walkout")]
    [InlineData("so what triggered the gas leak in varberg last week", "gas leak")]
    [InlineData("why did the fire start?", null)]
    [InlineData("what did the fire destroy?", null)]
    public void AQuestionForACause_NamesTheThingCaused(string question, string? thing) =>
        Assert.Equal(thing, Analyzer.Analyze(question).CauseOf is { } words ? string.Join(' ', words) : null);

    [Theory]
    [InlineData("did the norland senate pass the bill giving the regions a bigger say in harbour policy?", true, false)]
    [InlineData("did the senate end up passing the harbour bill?", true, false)]
    [InlineData("did the board have no say over the sale?", false, false)]
    [InlineData("did the minister say the talks would resume?", false, true)]
    [InlineData("what did a spokesman say about the talks?", false, true)]
    public void AYesNoQuestion_AsksOfADecision_OrOfAStatement(string question, bool decision, bool statement)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(decision, analyzed.AsksDecision);
        Assert.Equal(statement, analyzed.NamesReporting);
    }

    [Fact]
    public void AQuestionForTheNameOfAKindOfPerson_AsksWho() =>
        Assert.Equal(QuestionType.Who, Analyzer.Analyze("the ferry walkout - what was the name of the pilot they sacked?").Type);

    [Theory]
    [InlineData("where's the next ec comecon round gonna be", true)]
    [InlineData("when is the next round?", true)]
    [InlineData("where was the second round held?", false)]
    public void TheNextEvent_IsReadWithUpToTwoWordsBeforeItsNoun(string question, bool next) =>
        Assert.Equal(next, Analyzer.Analyze(question).AsksNext);

    [Theory]
    [InlineData("any update - did the king accept the resignation?", QuestionType.YesNo, true)]
    [InlineData("hey bot, when is the third round?", QuestionType.When, false)]
    [InlineData("quick one: who led the delegation", QuestionType.Who, false)]
    [InlineData("these long-running tin talks - since when have they been going on?", QuestionType.When, false)]
    [InlineData("the harbour summit - in which city was it held?", QuestionType.Where, false)]
    [InlineData("What's the latest on the talks?", QuestionType.Latest, true)]
    [InlineData("any update on the port strike? how many dockers are out?", QuestionType.HowMany, true)]
    [InlineData("latest on the merger? when do the shareholders vote", QuestionType.When, true)]
    public void ALeadIn_SaysHowToAnswer_AndTheQuestionAfterItWhatIsAsked(string question, QuestionType type, bool newest)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(type, analyzed.Type);
        Assert.Equal(newest, analyzed.AsksNewest);
        Assert.DoesNotContain(analyzed.Groups, g => g.Key is "hey" or "bot" or "one" or "update" or "quick");
    }

    [Theory]
    [InlineData("the copper mine strike in quebec - how long did it last?", QuestionType.HowLong, "copper")]
    [InlineData("o'brien's steel tariff bill - did the senate pass it?", QuestionType.YesNo, "tariff")]
    [InlineData("ec/us pasta row: where are the talks being held?", QuestionType.Where, "pasta")]
    [InlineData("the dock strike at antwerp — which unions walked out?", QuestionType.Other, "antwerp")]
    [InlineData("round 2 in geneva - what was agreed?", QuestionType.WhatAgreed, "2")]
    [InlineData("when the ceasefire on the northern border ran out, did they extend it?", QuestionType.YesNo, "ceasefire")]
    [InlineData("once the deadline for the fishing accord had passed, who signed it first?", QuestionType.Who, "fishing")]
    [InlineData("after the envoys left the harbour talks in the capital, how many stayed on?", QuestionType.HowMany, "harbour")]
    [InlineData("if the dockers' strike goes ahead next month, where will the ships be sent?", QuestionType.Where, "dockers")]
    public void ATopicOrAClauseOfTimeSetOffBeforeTheQuestion_StaysAConcept_AndTheQuestionAfterItIsWhatIsAsked(string question, QuestionType type, string concept)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(type, analyzed.Type);
        Assert.Contains(analyzed.Groups, g => g.Key == concept);
    }

    [Theory]
    [InlineData("when is the harbour round, and who will attend it?", QuestionType.When)]
    [InlineData("when did the long harbour talks end, and why?", QuestionType.When)]
    public void AQuestionThatOpensWithWhenAndAnAuxiliary_StillAsksWhen(string question, QuestionType type) =>
        Assert.Equal(type, Analyzer.Analyze(question).Type);

    [Theory]
    [InlineData("how did the well-known envoy - who retired - react?", QuestionType.Other)]
    [InlineData("why did the long-running talks - the ones in geneva - collapse?", QuestionType.Why)]
    public void AQuestionInterruptedByADash_IsNotATopic(string question, QuestionType type) =>
        Assert.Equal(type, Analyzer.Analyze(question).Type);

    [Theory]
    [InlineData("whats chile's population", "population")]
    [InlineData("What is the population of Chile?", "population")]
    [InlineData("what's russia's position", null)]
    [InlineData("what's the latest on the talks", null)]
    [InlineData("what was agreed on banking?", null)]
    [InlineData("what was voter turnout in the mayoral election", "turnout")]
    [InlineData("what was the mood at the talks", null)]
    [InlineData("what was discussed at the summit", null)]
    [InlineData("what was said at the meeting", null)]
    public void AQuestionForThePropertyOfSomething_NamesTheProperty_UnlessReportsStateItWithoutNamingIt(string question, string? attribute)
    {
        Assert.Equal(attribute, Analyzer.Analyze(question).Attribute);
    }

    [Theory]
    [InlineData("what was the inflation rate in that month", FigureKind.Percentage)]
    [InlineData("what is the price per tonne", FigureKind.Money)]
    [InlineData("what's the price of gold?", FigureKind.Money)]
    [InlineData("whats the oil price", FigureKind.Money)]
    public void AQuestionForARateOrAPrice_AsksForAFigure_HoweverWhatIsWritten(string question, FigureKind figure)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(QuestionType.HowMany, analyzed.Type);
        Assert.Equal(figure, analyzed.Figure);
    }

    [Theory]
    [InlineData("how many banks cut their prime rate?", FigureKind.Count)]
    [InlineData("what is the dollar's rate against the yen?", null)]
    [InlineData("what was the official rate of the naira?", null)]
    [InlineData("how much is the interest rate on the loan?", FigureKind.Percentage)]
    public void ARateAsksForAShare_OnlyWhenItIsWhatIsAsked_AndNotTheRateOfACurrency(string question, FigureKind? figure) =>
        Assert.Equal(figure, Analyzer.Analyze(question).Figure);

    [Theory]
    [InlineData("which german leader is visiting bolivia", false)]
    [InlineData("who led the german delegation", true)]
    [InlineData("which leaders chaired the session", true)]
    [InlineData("which head of state stepped down", false)]
    [InlineData("what chief of the navy was dismissed", false)]
    public void AskingWhoLeads_IsReadFromTheQuestion_NotFromTheKindOfPersonAskedFor(string question, bool leads) =>
        Assert.Equal(leads, Analyzer.Analyze(question).AsksLeader);

    [Theory]
    [InlineData("who won the final?", true)]
    [InlineData("which player broke the record?", true)]
    [InlineData("so who's going to chair it", false)]
    [InlineData("who did the champion beat?", false)]
    [InlineData("who was appointed governor?", false)]
    [InlineData("who has been chosen to lead?", false)]
    [InlineData("who has won the most titles?", true)]
    [InlineData("which head of state resigned?", true)]
    [InlineData("which minister of the interior was sacked?", false)]
    [InlineData("where is the final?", false)]
    public void WhetherAWhoQuestionAsksForTheDoer_IsReadFromTheWordAfterTheAsking(string question, bool doer) =>
        Assert.Equal(doer, Analyzer.Analyze(question).AsksDoer);

    [Theory]
    [InlineData("how did the minister take the court ruling", true)]
    [InlineData("How did Asian producers react to the new pact?", true)]
    [InlineData("what was tokyo's reaction to the tariffs", true)]
    [InlineData("how did the talks end?", false)]
    [InlineData("what did the ministers agree?", false)]
    public void AQuestionHowSomethingWasTaken_IsRecognised(string question, bool reaction)
    {
        Assert.Equal(reaction, Analyzer.Analyze(question).AsksReaction);
    }

    [Theory]
    [InlineData("what day exactly are the ministers meeting", true)]
    [InlineData("When exactly is the summit?", true)]
    [InlineData("On what day did they sign the accord?", true)]
    [InlineData("when is the summit?", false)]
    public void AQuestionForADay_IsToldFromOneForAnyDate(string question, bool day)
    {
        Assert.Equal(day, Analyzer.Analyze(question).AsksDay);
    }

    [Theory]
    [InlineData("what did the minister say about the quota?", "minister")]
    [InlineData("What has Bonn replied to the offer", "bonn")]
    [InlineData("what did the talks agree on banking?", null)]
    [InlineData("what was said about banking?", null)]
    public void WhatDidXSay_NamesTheSpeaker(string question, string? speaker)
    {
        Assert.Equal(speaker, Analyzer.Analyze(question).Speaker);
    }

    [Theory]
    [InlineData("which sanctions did they end up lifting?", true, "lifting")]
    [InlineData("did they actually sign the accord?", true, "sign")]
    [InlineData("which sanctions did they lift?", false, null)]
    [InlineData("were the properties given back in the end", true, "given")]
    [InlineData("did trump ever reply to the offer?", true, "reply")]
    [InlineData("strike deadline - did the union end up walking out?", true, "walking")]
    [InlineData("did russia manage to pay its un dues?", true, "pay")]
    [InlineData("did the mill strike ever get settled?", true, "settled")]
    [InlineData("has the pact actually been signed?", true, "signed")]
    [InlineData("so did the mill strike ever get settled", true, "settled")]
    public void AQuestionInsistingOnWhatWasDone_SaysSo_AndNamesTheDeed(string question, bool stressed, string? deed)
    {
        AnalyzedQuestion q = Analyzer.Analyze(question);

        Assert.Equal(stressed, q.StressesDone);
        Assert.Equal(deed, q.Deed);
    }

    [Theory]
    [InlineData("by what percent have the staff's salaries fallen?", FigureKind.Percentage)]
    [InlineData("what % of the loan have the banks signed up for", FigureKind.Percentage)]
    [InlineData("what percentage of voters backed the plan?", FigureKind.Percentage)]
    [InlineData("how much did the retailer pay for the chain?", FigureKind.Money)]
    [InlineData("how much cash does the fund hold?", FigureKind.Money)]
    [InlineData("how many replacement workers has the plant hired?", FigureKind.Count)]
    [InlineData("what pay rise did the dockers get?", FigureKind.Change)]
    [InlineData("what size wage increase r the miners demanding", FigureKind.Change)]
    [InlineData("which price cuts did the refiners announce?", FigureKind.Change)]
    [InlineData("the new contract - what are the actual raises each year?", FigureKind.Change)]
    [InlineData("how big a pay rise did the nurses win?", FigureKind.Change)]
    [InlineData("how big of a raise are the pilots after?", FigureKind.Change)]
    [InlineData("how much of a price cut are the refiners offering?", FigureKind.Change)]
    [InlineData("how much oil do they pump?", null)]
    [InlineData("how many tonnes were shipped?", FigureKind.Measure)]
    [InlineData("how many dollars were raised?", null)]
    [InlineData("how much is kroll getting for the yard?", FigureKind.Money)]
    [InlineData("how much will the port receive from the sale", FigureKind.Money)]
    [InlineData("how much oil did varberg get from nordby?", null)]
    [InlineData("how much did the sanctions make a difference?", null)]
    public void TheKindOfFigureAskedFor_IsKnownWhenTheQuestionSaysIt(string question, FigureKind? kind)
    {
        AnalyzedQuestion q = Analyzer.Analyze(question);

        Assert.Equal(QuestionType.HowMany, q.Type);
        Assert.Equal(kind, q.Figure);
    }

    [Theory]
    [InlineData("give me the key terms of the new coffee pact")]
    [InlineData("Give me the main points of the fisheries treaty.")]
    [InlineData("give me the gist of the tin talks")]
    public void AskingForTheMainThingsOfSomething_AsksForASummary(string question)
    {
        Assert.Equal(QuestionType.Summary, Analyzer.Analyze(question).Type);
    }

    [Theory]
    [InlineData("tl;dr what came of the tin talks?")]
    [InlineData("tldr of the port strike")]
    public void TooLongDidntRead_AsksForASummary_AndIsNoConceptToFind(string question)
    {
        AnalyzedQuestion q = Analyzer.Analyze(question);

        Assert.Equal(QuestionType.Summary, q.Type);
        Assert.DoesNotContain(q.Groups, g => g.Key is "tl" or "dr" or "tldr");
    }

    [Theory]
    [InlineData("so did the strike ever end", QuestionType.YesNo)]
    [InlineData("ok and when is the vote?", QuestionType.When)]
    [InlineData("anyway, who chairs the council?", QuestionType.Who)]
    [InlineData("so what", QuestionType.Other)]
    public void WordsThatOnlyCarryTheConversationOn_LeaveTheQuestionAfterThem(string question, QuestionType type)
    {
        Assert.Equal(type, Analyzer.Analyze(question).Type);
    }

    [Theory]
    [InlineData("the copper strike - so who did the union send to the talks?", QuestionType.Who, "copper")]
    [InlineData("the pasta row, ok so when is the vote?", QuestionType.When, "pasta")]
    [InlineData("ok so when is the vote?", QuestionType.When, "vote")]
    public void WordsThatCarryTheConversationOnAfterALeadIn_LeaveTheQuestionAfterThem_AndAreNotConcepts(string question, QuestionType type, string concept)
    {
        AnalyzedQuestion analyzed = Analyzer.Analyze(question);

        Assert.Equal(type, analyzed.Type);
        Assert.Contains(analyzed.Groups, g => g.Key == concept);
        Assert.DoesNotContain(analyzed.Groups, g => g.Key is "so" or "ok");
    }

    [Theory]
    [InlineData("where do things stand on the talks?", QuestionType.Latest)]
    [InlineData("where does bonn stand on sanctions", QuestionType.Latest)]
    [InlineData("end of april - where were things at w/ the talks", QuestionType.Latest)]
    [InlineData("where is the summit?", QuestionType.Where)]
    [InlineData("where are the ministers meeting at?", QuestionType.Where)]
    public void HowMattersStand_IsAskedWithWhere_ButIsNoPlace(string question, QuestionType type)
    {
        Assert.Equal(type, Analyzer.Analyze(question).Type);
    }

    [Fact]
    public void TheWordsPlacingAPeriodWithinItself_AndChatShorthand_AreNoConcepts()
    {
        AnalyzedQuestion q = Analyzer.Analyze("end of april - where were things at w/ the talks");

        Assert.Equal(["talks"], q.Groups.Select(g => g.Key));
        Assert.Equal(4, q.Period?.Month);
    }

    [Theory]
    [InlineData("are flights running again?", true)]
    [InlineData("can diplomats travel freely now?", true)]
    [InlineData("latest - is the roadmap finalised?", true)]
    [InlineData("is the summit in june?", false)]
    [InlineData("did flights resume?", false)]
    public void AQuestionOnAStateSomethingDoneBringsAbout_IsToldApart(string question, bool state)
    {
        Assert.Equal(state, Analyzer.Analyze(question).AsksState);
    }

    [Theory]
    [InlineData("Did an?")]
    [InlineData("did the")]
    [InlineData("when did")]
    [InlineData("did they actually")]
    public void AQuestionThatStopsAfterItsAuxiliary_HasNoDeed(string question)
    {
        Assert.Null(Analyzer.Analyze(question).Deed);
    }

    [Theory]
    [InlineData("how many hrs did the ministers meet?", "hour")]
    [InlineData("for how many more days will the ceasefire hold?", "day")]
    [InlineData("how many nights did the delegation stay?", "day")]
    [InlineData("how long did the ministers meet?", null)]
    public void HowManyOfAUnitOfTime_AsksForALengthInThatUnit(string question, string? unit)
    {
        AnalyzedQuestion q = Analyzer.Analyze(question);

        Assert.Equal(QuestionType.HowLong, q.Type);
        Assert.Equal(unit, q.DurationUnit);
    }

    [Theory]
    [InlineData("how much did the government pay for the plant?", true)]
    [InlineData("how much aid does the fund give kenya?", true)]
    [InlineData("how many miners are on strike?", false)]
    public void HowMuch_AsksForAnAmount(string question, bool amount)
    {
        Assert.Equal(amount, Analyzer.Analyze(question).AsksAmount);
    }

    [Fact]
    public void TheWordsBeforeAnEventNoun_SayWhichEventIsAskedAbout()
    {
        AnalyzedQuestion q = Analyzer.Analyze("who led the UN team at the nairobi coffee negotiations?");

        Assert.Equal(["coffee"], q.Qualifiers.Select(g => q.Groups[g].Key));
        Assert.Empty(Analyzer.Analyze("any update on the next round?").Qualifiers);
        Assert.Empty(Analyzer.Analyze("what's the latest on the coffee negotiations?").Qualifiers);
    }

    [Fact]
    public void TheAdverbOfAPhrasalVerbBeforeAnEventNoun_SaysNotWhichEvent()
    {
        // "End up meeting", "called off talks": the word belongs to the verb.
        Assert.Empty(Analyzer.Analyze("did the minister end up meeting the king?").Qualifiers);
        Assert.Empty(Analyzer.Analyze("why did the union call off talks?").Qualifiers);
        AnalyzedQuestion q = Analyzer.Analyze("did they end up holding the tin talks?");
        Assert.Equal(["tin"], q.Qualifiers.Select(g => q.Groups[g].Key));
    }

    [Theory]
    [InlineData("what came out of the border talks?")]
    [InlineData("did they sign an accord at their next meeting?")]
    [InlineData("what did they agree at the follow-up meeting?")]
    public void AQuestionOnWhatCameOfSomething_AsksForAnOutcome(string question)
    {
        Assert.True(Analyzer.Analyze(question).AsksOutcome);
    }

    [Fact]
    public void APlaceNamedByItsPeople_IsANameFoundInEitherForm()
    {
        AnalyzedQuestion q = Analyzer.Analyze("what's the latest on the kenyan dockers' strike?");
        int kenyan = q.Groups.ToList().FindIndex(g => g.Key == "kenyan");

        Assert.Contains(kenyan, q.Names);
        Assert.Contains(q.Groups[kenyan].Terms, t => t.Text == "kenya");
    }
}

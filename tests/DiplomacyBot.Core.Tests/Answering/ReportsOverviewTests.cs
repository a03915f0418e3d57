using DiplomacyBot.Core.Answering;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Answering;

/// <summary>Questions about the collection itself: the newest reports, and what the reports of a period say.</summary>
public sealed class ReportsOverviewTests
{
    private static readonly MemoryArticleStore Store = MemoryArticleStore.Of(
        ("a", "1987-06-02", "Ministers meet", "Finance ministers met in Paris on Monday to discuss currency stability and agreed to meet again."),
        ("b", "1987-06-20", "Coffee talks resume", "Coffee producers resumed talks in London on export quotas after a break of two weeks."),
        ("c", "1987-07-04", "Sugar pact signed", "Sugar exporters signed a new pact in Geneva that sets export quotas for the next three years."),
        ("d", null, "Undated note", "A note with no date at all about tin producers and their stocks held in warehouses."));

    [Fact]
    public void Newest_CitesTheNewestDatedReportsNewestFirst_EachVerbatim()
    {
        Answer answer = new ReportsOverview(Store, 2).Newest("What's the latest?", null);

        Assert.False(answer.Abstained);
        Assert.Contains("Sugar pact signed", answer.Lead, StringComparison.Ordinal);
        Assert.Equal(["c", "b"], answer.Citations.Select(c => c.ArticleId));
        Assert.All(answer.Citations, c => Assert.Equal(c.Quote, Store.Get(c.ArticleId)!.OriginalText[c.Start..c.End]));
    }

    [Fact]
    public void Newest_AsOfADay_IgnoresLaterReports()
    {
        Answer answer = new ReportsOverview(Store, 3).Newest("What's the latest?", new DateOnly(1987, 6, 30));

        Assert.Equal(["b", "a"], answer.Citations.Select(c => c.ArticleId));
    }

    [Fact]
    public void Period_CitesTheReportsOfThatPeriodInOrder_AndCountsThem()
    {
        var june = new TimeConstraint(new DateOnly(1987, 6, 1), new DateOnly(1987, 6, 30), null);

        Answer answer = new ReportsOverview(Store, 3).Period("What happened in June 1987?", june, new DateOnly(2026, 1, 1), null);

        Assert.False(answer.Abstained);
        Assert.Contains("2 reports from June 1987", answer.Lead, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], answer.Citations.Select(c => c.ArticleId));
    }

    [Fact]
    public void Period_NamesTheEventsItsReportsDateInIt_AndQuotesWhereTheyTellOfThem()
    {
        var june = new TimeConstraint(new DateOnly(1987, 6, 1), new DateOnly(1987, 6, 30), null);

        Answer answer = new ReportsOverview(Store, 3).Period("What happened in June 1987?", june, new DateOnly(2026, 1, 1), null);

        Assert.True(answer.Lead.Contains("the events they date then include meeting in Paris (", StringComparison.Ordinal), answer.Lead);
        Assert.All(answer.Citations, c => Assert.Equal(c.Quote, Store.Get(c.ArticleId)!.OriginalText[c.Start..c.End]));
    }

    [Fact]
    public void Period_WithNoReports_SaysSoAsOutsideThePeriod()
    {
        var may = new TimeConstraint(new DateOnly(1987, 5, 1), new DateOnly(1987, 5, 31), null);

        Answer answer = new ReportsOverview(Store, 3).Period("What happened in May 1987?", may, new DateOnly(2026, 1, 1), null);

        Assert.True(answer.Abstained);
        Assert.Equal(AnswerOutcome.OutsidePeriod, answer.Outcome);
        Assert.Contains("no reports from May 1987", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_AMonthWithoutAYear_IsTheLatestSuchMonthTheCollectionReaches()
    {
        Answer answer = new ReportsOverview(Store, 3).Period("What happened in June?", new TimeConstraint(null, null, 6), new DateOnly(2026, 12, 2), null);

        Assert.Contains("June 1987", answer.Lead, StringComparison.Ordinal);
    }
}

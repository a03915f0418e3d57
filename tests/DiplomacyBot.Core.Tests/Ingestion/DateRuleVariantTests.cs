using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Ingestion;

/// <summary>The dating rules on articles written for these tests: other outlets, formats and layouts.</summary>
public sealed class DateRuleVariantTests
{
    [Fact]
    public void WireDatelineWithYear_DatesTheArticleAndNamesTheOutlet()
    {
        Article article = Parsing.Text("Russia says talks will go on\n\nMOSCOW, Sept 28, 2025 (Reuters) - Russia said on Sunday it would keep talking.\n");

        Assert.Equal(new DateOnly(2025, 9, 28), article.Published.Value);
        Assert.Equal(DateBasis.Dateline, article.Published.Basis);
        Assert.Equal("Reuters", article.Outlet);
    }

    [Fact]
    public void WireDatelineWithoutYear_IsKeptAsACueButLeavesTheDateUnknown()
    {
        Article article = Parsing.Text("Russia says talks will go on\n\nMOSCOW, Sept 28 (Reuters) - Russia said on Sunday it would keep talking.\n");

        Assert.Null(article.Published.Value);
        DateCue cue = Assert.Single(article.Published.Cues);
        Assert.Equal(DateCueKind.Dateline, cue.Kind);
        Assert.Equal((9, 28), (cue.Month, cue.Day));
        Assert.Null(cue.Date);
        Assert.Equal("Reuters", article.Outlet);
    }

    [Fact]
    public void PageClockAboveARealByline_LosesToTheByline()
    {
        const string text = "Monday, 15 March 2021 09:00 GMT\nTalks resume in Geneva\nBy Jane Doe | September 28, 2025\n\nDelegations met again in Geneva.\n";

        Article article = Parsing.Text(text);

        Assert.Equal(new DateOnly(2025, 9, 28), article.Published.Value);
        Assert.Equal(DateBasis.Byline, article.Published.Basis);
        DateCue conflict = Assert.Single(article.Published.Conflicts);
        Assert.Equal(DateCueKind.PageClock, conflict.Kind);
        Assert.Equal("Talks resume in Geneva", article.Title);
    }

    [Fact]
    public void PageClockAlone_IsNeverThePublicationDate()
    {
        Article article = Parsing.Text("Wednesday, 03 July 2024 08:41 GMT\nTalks resume in Geneva\n\nDelegations met again in Geneva.\n");

        Assert.Null(article.Published.Value);
        Assert.Equal(DateCueKind.PageClock, Assert.Single(article.Published.Conflicts).Kind);
    }

    [Fact]
    public void ArticleIdWithoutADate_GivesNoDateButStillNamesTheOutlet()
    {
        Article article = Parsing.Text("Talks resume\n\nDelegations met again in Geneva.\n\nMENAFN00000000000045017167ID1110120442\n");

        Assert.Null(article.Published.Value);
        Assert.Empty(article.Published.Cues);
        Assert.Equal("MENAFN", article.Outlet);
        Assert.DoesNotContain("MENAFN", article.CleanText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XYZNEWS20250928123456ID99", "2025-09-28")]
    [InlineData("AGENCY14022024000012345", "2024-02-14")]
    public void ArticleIdWithAnUnambiguousDate_DatesTheArticle(string id, string expected)
    {
        Article article = Parsing.Text($"Talks resume\n\nDelegations met again in Geneva.\n\n{id}\n");

        Assert.Equal(DateOnly.Parse(expected), article.Published.Value);
        Assert.Equal(DateBasis.ArticleId, article.Published.Basis);
    }

    [Theory]
    [InlineData("Published: 2025-03-14T08:30:00Z", "2025-03-14")]
    [InlineData("28.09.2025", "2025-09-28")]
    [InlineData("2025/09/28", "2025-09-28")]
    [InlineData("Posted 14 February 2024, 10:05", "2024-02-14")]
    [InlineData("Sep. 3, 2023", "2023-09-03")]
    [InlineData("By Anna Petrova and Li Wei | 5th June 2022", "2022-06-05")]
    public void BylineInOtherFormats_DatesTheArticle(string byline, string expected)
    {
        Article article = Parsing.Text($"Ministers meet in Vienna\n{byline}\n\n(AFP) Foreign ministers met in Vienna to discuss the treaty.\n");

        Assert.Equal(DateOnly.Parse(expected), article.Published.Value);
        Assert.Equal(DateBasis.Byline, article.Published.Basis);
        Assert.Equal("AFP", article.Outlet);
    }

    [Fact]
    public void HeaderThatDisagreesWithTheByline_WinsAndTheBylineIsAConflict()
    {
        Article article = Parsing.Text(" date 2025-05-02 WORLD\nMinisters meet in Vienna\nMay 1, 2025\n\nForeign ministers met in Vienna.\n");

        Assert.Equal(new DateOnly(2025, 5, 2), article.Published.Value);
        Assert.Equal(DateBasis.Header, article.Published.Basis);
        Assert.Equal(DateCueKind.Byline, Assert.Single(article.Published.Conflicts).Kind);
    }

    [Fact]
    public void CueDatedAfterToday_IsNotChosen()
    {
        var parser = new ArticleParser(new TemporalTagger(), FixedClock.At(2025, 1, 1));

        Article article = parser.Parse(new RawArticle { Source = "t", Id = "t", Text = "Summit set\nMarch 3, 2031\n\nLeaders will meet.\n" });

        Assert.Null(article.Published.Value);
        Assert.Single(article.Published.Conflicts);
    }

    [Fact]
    public void MetadataDate_IsAuthoritativeOverAContradictingArticleId()
    {
        var raw = new RawArticle
        {
            Source = "feed.jsonl:3",
            Id = "r-3",
            Title = "Talks resume",
            Published = new DateOnly(2025, 9, 29),
            Text = "Delegations met again in Geneva.\n\nMENAFN28092025000045017167ID1110120442\n",
        };

        Article article = Parsing.Parser.Parse(raw);

        Assert.Equal(new DateOnly(2025, 9, 29), article.Published.Value);
        Assert.Equal(DateBasis.Metadata, article.Published.Basis);
        Assert.Equal(DateCueKind.ArticleId, Assert.Single(article.Published.Conflicts).Kind);
    }

    [Fact]
    public void DateInTheUrl_DatesAnArticleWithNoOtherCue()
    {
        var raw = new RawArticle { Source = "u", Id = "u", Url = "https://example.org/world/2024/11/05/talks-resume/", Text = "Talks resume\n\nDelegations met again.\n" };

        Article article = Parsing.Parser.Parse(raw);

        Assert.Equal(new DateOnly(2024, 11, 5), article.Published.Value);
        Assert.Equal(DateBasis.Url, article.Published.Basis);
    }

    [Fact]
    public void DatesInTheBody_AreNotPublicationCues()
    {
        Article article = Parsing.Text("Talks resume\n\nOn February 27, 2025, delegations met in Istanbul. They will meet again on March 3, 2025.\n");

        Assert.Null(article.Published.Value);
        Assert.Empty(article.Published.Cues);
    }

    [Fact]
    public void NavigationGluedToTheHeadline_IsDropped()
    {
        Article article = Parsing.Text("WorldLeaders agree to meet in Geneva next month\n\nLeaders agree to meet in Geneva next month\n\nThe leaders agreed to meet.\n");

        Assert.Equal("Leaders agree to meet in Geneva next month", article.Title);
    }

    [Fact]
    public void SentencesResolveRelativeDatesAgainstThePublicationDate()
    {
        Article article = Parsing.Text(" date 2025-09-28 x\nTalks\n\nThe two sides agreed to hold a third round this fall.\n");

        Sentence sentence = Assert.Single(article.Sentences);
        Assert.Contains(sentence.Times, t => t.Value == "2025-FA");
    }
}

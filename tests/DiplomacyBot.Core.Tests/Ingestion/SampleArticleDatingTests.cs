using DiplomacyBot.Core.Articles;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Core.Tests.Ingestion;

public sealed class SampleArticleDatingTests
{
    [Theory]
    [InlineData("000", "2025-04-30", DateBasis.Header)]
    [InlineData("001", "2025-04-01", DateBasis.Header)]
    [InlineData("004", "2025-09-28", DateBasis.ArticleId)]
    public void BundledSample_IsDatedByTheStrongestCue(string prefix, string expected, DateBasis basis)
    {
        Article article = Parsing.Sample(prefix);

        Assert.Equal(DateOnly.Parse(expected), article.Published.Value);
        Assert.Equal(basis, article.Published.Basis);
    }

    [Theory]
    [InlineData("002")]
    [InlineData("003")]
    public void BundledSample_WithoutAnyDateCue_IsUnknown(string prefix)
    {
        Article article = Parsing.Sample(prefix);

        Assert.Null(article.Published.Value);
        Assert.Equal(DateBasis.Unknown, article.Published.Basis);
    }

    [Fact]
    public void PageClockAboveTheHeadline_IsReportedAsConflictingAndNotUsed()
    {
        Article article = Parsing.Sample("004");

        DateCue clock = Assert.Single(article.Published.Conflicts);
        Assert.Equal(DateCueKind.PageClock, clock.Kind);
        Assert.Equal(new DateOnly(2024, 1, 2), clock.Date);
        Assert.Contains("Tuesday, 02 January 2024 12:17 GMT", clock.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderAndByline_ThatAgree_LeaveNoConflict()
    {
        Article article = Parsing.Sample("001");

        Assert.Contains(article.Published.Cues, c => c.Kind == DateCueKind.Byline && c.Date == new DateOnly(2025, 4, 1));
        Assert.Empty(article.Published.Conflicts);
    }

    [Theory]
    [InlineData("000", "Lavrov says ‘progress’ taking place in US discussions", "MENAFN")]
    [InlineData("001", "Moscow confirms second Russia-US normalisation meeting to be held in Istanbul", "TRT World")]
    [InlineData("002", "U.S. and Russia make diplomatic strides in Riyadh talks", null)]
    [InlineData("004", "Russia, US Agree on Holding Negotiations This Fall", "MENAFN")]
    public void BundledSample_HasCleanTitleAndOutlet(string prefix, string title, string? outlet)
    {
        Article article = Parsing.Sample(prefix);

        Assert.Equal(title, article.Title);
        Assert.Equal(outlet, article.Outlet);
    }

    [Theory]
    [InlineData("001", "/ TRT World")]
    [InlineData("001", "SOURCE:")]
    [InlineData("002", "Images source")]
    [InlineData("002", "Related content")]
    [InlineData("003", "Leave a Reply")]
    [InlineData("003", "Akismet")]
    [InlineData("003", "Back To Top")]
    [InlineData("004", "Legal Disclaimer")]
    [InlineData("004", "MENAFN28092025")]
    [InlineData("004", "12:17 GMT")]
    public void CleanText_HasNoPageFurniture(string prefix, string furniture)
    {
        Article article = Parsing.Sample(prefix);

        Assert.DoesNotContain(furniture, article.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Sentences, s => s.TextOf(article).Contains(furniture, StringComparison.Ordinal));
    }

    [Fact]
    public void CleanText_KeepsTheArticleBody()
    {
        Article article = Parsing.Sample("003");

        Assert.Contains("exchanged diplomatic notes to formalize these agreements", article.CleanText, StringComparison.Ordinal);
        Assert.EndsWith("committed to continuing dialogue.", article.CleanText, StringComparison.Ordinal);
    }
}

using System.Text;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Core.Time;
using DiplomacyBot.Feeds.Html;
using DiplomacyBot.Feeds.Tests.Support;
using DiplomacyBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DiplomacyBot.Feeds.Tests;

public sealed class HtmlExtractionTests
{
    private static readonly Uri PageUrl = new("https://news.example.com/world/2025/talks-resume");
    private readonly HtmlArticleExtractor extractor = new();
    private readonly ArticleParser parser = new(new TemporalTagger(), new FakeTimeProvider(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero)));

    private RawArticle Extract(string html, Uri? url = null)
    {
        SourceItem item = extractor.Extract(Encoding.UTF8.GetBytes(html), null, (url ?? PageUrl).ToString(), "page", url ?? PageUrl);
        Assert.Null(item.Problem);
        return item.Article!;
    }

    [Fact]
    public void Extract_ReadsTitleOutletBylineAndMainText_WithoutBoilerplate()
    {
        RawArticle raw = Extract(Pages.Article(byline: "<p class=\"byline\">By Jane Roe</p>"));

        Assert.Equal("Talks resume in Geneva", raw.Title);
        Assert.Equal("Example News", raw.Outlet);
        Assert.Contains("third round of talks on the embassy dispute", raw.Text, StringComparison.Ordinal);
        Assert.Contains("Jane Roe", raw.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe now", raw.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cookie settings", raw.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking pixel", raw.Text, StringComparison.Ordinal);
        Assert.Equal(PageUrl.ToString(), raw.Url);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-09-28T23:30:00-04:00\">", "article:published_time")]
    [InlineData("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"X\"},{\"@type\":\"NewsArticle\",\"headline\":\"Talks\",\"datePublished\":\"2025-09-28T10:00:00Z\"}]}</script>", "JSON-LD datePublished")]
    [InlineData("<meta name=\"dc.date.issued\" content=\"2025-09-28\">", "dc.date.issued")]
    public void Extract_TakesThePublicationDateFromPageMetadata(string head, string label)
    {
        RawArticle raw = Extract(Pages.Article(head: head));
        Assert.Equal(new DateOnly(2025, 9, 28), raw.Published);
        Assert.StartsWith(label, raw.PublishedText, StringComparison.Ordinal);

        Article article = parser.Parse(raw);
        Assert.Equal(new DateOnly(2025, 9, 28), article.Published.Value);
        Assert.Equal(DateBasis.Metadata, article.Published.Basis);
    }

    [Fact]
    public void Extract_UsesTimeElementWhenNoMetaTagDates_AndKeepsDisagreeingMetadataAsConflict()
    {
        RawArticle timeOnly = Extract(Pages.Article(body: "<time datetime=\"2025-09-27\">Saturday</time>" + Pages.Body));
        Assert.Equal(new DateOnly(2025, 9, 27), timeOnly.Published);

        RawArticle both = Extract(Pages.Article(
            head: "<meta property=\"article:published_time\" content=\"2025-09-28T08:00:00Z\">",
            body: "<time datetime=\"2025-09-20\">earlier</time>" + Pages.Body));
        Article article = parser.Parse(both);
        Assert.Equal(new DateOnly(2025, 9, 28), article.Published.Value);
        DateCue conflict = Assert.Single(article.Published.Conflicts);
        Assert.Equal(new DateOnly(2025, 9, 20), conflict.Date);
        Assert.Equal(DateCueKind.Metadata, conflict.Kind);
    }

    [Fact]
    public void Extract_ParsesIntoSentencesWhoseOffsetsQuoteTheStoredText()
    {
        Article article = parser.Parse(Extract(Pages.Article(head: "<meta property=\"article:published_time\" content=\"2025-09-28\">")));
        Assert.True(article.Sentences.Count >= 4);
        Assert.Contains(article.Sentences, s => s.TextOf(article).Contains("agreed to meet again in the autumn", StringComparison.Ordinal));
        Assert.All(article.Sentences, s => Assert.Equal(article.OriginalText[s.Start..s.End], s.TextOf(article)));
        Assert.DoesNotContain("Copyright", article.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BrokenHtml_StillYieldsTheText()
    {
        string broken = "<html><head><title>Broken page</title><body><div><p>GENEVA - Negotiators met on Tuesday for a third round of talks on the embassy dispute, officials said.<p>They agreed to meet again in the autumn, a spokesman said after the long session <b>ended<i> late</div></span></table>" +
            "<p>Both delegations described the atmosphere of the meeting as constructive and businesslike in their statements";
        RawArticle raw = Extract(broken);
        Assert.Contains("third round of talks", raw.Text, StringComparison.Ordinal);
        Assert.Contains("constructive and businesslike", raw.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HostileHtml_DeepNestingHugeAttributesAndScripts_IsHandledSafely()
    {
        var html = new StringBuilder("<html><head><title>Hostile</title></head><body>");
        html.Append("<div title=\"").Append('x', 5_000_000).Append("\" onclick=\"alert(1)\">");
        html.Append(Pages.Body);
        for (int i = 0; i < 30_000; i++)
        {
            html.Append("<div>");
        }

        html.Append("deep text at the bottom of the nesting");
        html.Append("<script>var secret = 'script text';</script><style>.x{color:red}</style>");
        RawArticle raw = Extract(html.ToString());

        Assert.Contains("third round of talks", raw.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("script text", raw.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color:red", raw.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxxxxxx", raw.Text, StringComparison.Ordinal);
        Assert.True(raw.Text.Length < 100_000);
    }

    [Fact]
    public void Extract_APageWrappedInAForm_KeepsItsText_ButNotItsControls()
    {
        RawArticle raw = Extract("<html><head><title>Talks</title></head><body><form id=\"form1\" action=\"/post\"><input type=\"hidden\" value=\"VIEWSTATE-SECRET\">" +
            Pages.Body + "<button>Search the site</button></form></body></html>");

        Assert.Contains("third round of talks", raw.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("VIEWSTATE", raw.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Search the site", raw.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DecodesTheCharsetThePageDeclares()
    {
        string html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 talks</title></head><body><p>" +
            "The ministers met at a caf\u00e9 near the lake, where the d\u00e9l\u00e9gations discussed the embassy dispute for several hours, officials said afterwards.</p></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = Encoding.GetEncoding(1252).GetBytes(html);
        SourceItem item = extractor.Extract(bytes, null, "cafe.html", "cafe", null);
        Assert.Contains("caf\u00e9 near the lake", item.Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RefusesBinaryAndEmptyPages_NamingTheSource()
    {
        SourceItem binary = extractor.Extract([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3], null, "https://x.test/image", "image", null);
        Assert.Equal("https://x.test/image", binary.Problem!.Input);
        Assert.Contains("binary", binary.Problem.Message, StringComparison.Ordinal);

        SourceItem empty = extractor.Extract(Encoding.UTF8.GetBytes("<html><body><nav>Home</nav></body></html>"), null, "empty.html", "empty", null);
        Assert.Contains("no article text", empty.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_IngestsLocalHtmlFiles_AndListsThemInFolders()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("page.html"), Pages.Article(head: "<meta property=\"article:published_time\" content=\"2025-09-28\">"));
        File.WriteAllText(folder.File("notes.htm"), Pages.Article(title: "Second page"));
        var reader = new ArticleSourceReader(new IngestOptions(), extractor);

        var items = reader.Read([folder.Path]).ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Null(i.Problem));
        RawArticle page = items.Select(i => i.Article!).Single(a => a.Id == "page");
        // Cited relative to the folder it was ingested from, never by the ingesting machine's absolute path.
        Assert.Equal($"{Path.GetFileName(folder.Path)}/page.html", page.Source);
        Assert.Equal(new DateOnly(2025, 9, 28), page.Published);
    }
}

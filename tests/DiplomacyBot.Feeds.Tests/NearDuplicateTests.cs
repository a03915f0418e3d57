using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Ingestion;
using DiplomacyBot.Feeds.Tests.Support;

namespace DiplomacyBot.Feeds.Tests;

/// <summary>Syndicated copies through the real ingest path: linked at ingest, stored, and cited once in answers.</summary>
public sealed class NearDuplicateTests : IDisposable
{
    private const string Story =
        "Istanbul hosts third round of embassy talks\n\n" +
        "ISTANBUL, Oct 2, 2025 (Reuters) - Russian and American diplomats held a third round of talks on the operation of their embassies in Istanbul on Thursday, the Russian foreign ministry said.\n\n" +
        "The talks covered visas for diplomats, the return of seized diplomatic property and the banking services embassies need to pay their staff.\n\n" +
        "A ministry spokeswoman said the delegations agreed to continue the dialogue and to exchange written proposals on banking before the next meeting.\n\n" +
        "The first two rounds were held in Istanbul in February and April, and both sides described them as businesslike.\n";

    private readonly TestBot bot = new();

    public void Dispose() => bot.Dispose();

    private static string Copy(string outlet, string dateline) =>
        Story.Replace("ISTANBUL, Oct 2, 2025 (Reuters) -", dateline, StringComparison.Ordinal)
            .Replace("businesslike.", $"businesslike.\n\nThis story was syndicated by {outlet}.", StringComparison.Ordinal);

    private IngestReport Ingest(string id, string text, DateOnly? published = null) =>
        bot.Ingestion.Ingest([SourceItem.Of(new RawArticle { Source = id + ".txt", Id = id, Text = text, Published = published })]);

    [Fact]
    public void Ingest_LinksASyndicatedCopyToItsOriginal_AndKeepsUnrelatedStoriesApart()
    {
        Ingest("reuters", Story, new DateOnly(2025, 10, 2));
        IngestReport copy = Ingest("menafn", Copy("MENAFN", "(MENAFN) ISTANBUL, Oct 3 -"), new DateOnly(2025, 10, 3));
        Ingest("other", "Trade talks stall\n\nBRUSSELS, Oct 2, 2025 (Reuters) - European and Chinese trade officials failed to agree on tariffs for electric cars after two days of meetings in Brussels, officials said on Thursday. A further meeting is planned for November, when both sides will present new offers on steel and solar panels.\n", new DateOnly(2025, 10, 2));

        Assert.Equal(1, copy.Ingested);
        Assert.StartsWith("'menafn' is a near-duplicate of 'reuters' (similarity 0.", Assert.Single(copy.NearDuplicateNotes).ToString(), StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["menafn"] = "reuters" }, bot.Store.NearDuplicateLinks());
        Assert.Equal(3, bot.Store.Count);
    }

    [Fact]
    public void Ingest_AnEarlierPublishedCopyArrivingLater_BecomesTheGroupsOriginal()
    {
        Ingest("late-copy", Copy("Daily Sabah", "ISTANBUL (AA) -"), new DateOnly(2025, 10, 4));
        Ingest("second-copy", Copy("MENAFN", "(MENAFN) -"), new DateOnly(2025, 10, 3));
        Ingest("wire", Story, new DateOnly(2025, 10, 2));

        var links = bot.Store.NearDuplicateLinks();
        Assert.Equal("wire", links["late-copy"]);
        Assert.Equal("wire", links["second-copy"]);
        Assert.False(links.ContainsKey("wire"));
    }

    [Fact]
    public void Ingest_AReplacedOriginalThatNoLongerMatches_LeavesItsCopiesLinkedAmongThemselves()
    {
        Ingest("wire", Story, new DateOnly(2025, 10, 2));
        Ingest("copy-a", Copy("A", "(A) -"), new DateOnly(2025, 10, 3));
        Ingest("copy-b", Copy("B", "(B) -"), new DateOnly(2025, 10, 4));

        Ingest("wire", "Correction\n\nAn earlier version of this page carried a story that has been withdrawn by the agency for legal reasons, and nothing of it remains in this place now or later.\n", new DateOnly(2025, 10, 2));

        var links = bot.Store.NearDuplicateLinks();
        Assert.Equal(new Dictionary<string, string> { ["copy-b"] = "copy-a" }, links);
    }

    [Fact]
    public void Open_FingerprintsArticlesStoredBeforeDetectionExisted()
    {
        var plain = new IngestService(bot.Store, bot.Index, bot.Parser, bot.Reader, bot.Ingest);
        plain.Ingest([SourceItem.Of(new RawArticle { Source = "a.txt", Id = "a", Text = Story, Published = new DateOnly(2025, 10, 2) })]);
        plain.Ingest([SourceItem.Of(new RawArticle { Source = "b.txt", Id = "b", Text = Copy("B", "(B) -"), Published = new DateOnly(2025, 10, 3) })]);
        Assert.Empty(bot.Store.NearDuplicateLinks());

        new NearDuplicateLinker(bot.Store, new NearDuplicateOptions()).Open(bot.Store);

        Assert.Equal("a", bot.Store.NearDuplicateLinks()["b"]);
    }

    [Fact]
    public async Task Answers_CiteOneArticleOfANearDuplicateGroup()
    {
        Ingest("reuters", Story, new DateOnly(2025, 10, 2));
        Ingest("menafn", Copy("MENAFN", "(MENAFN) -"), new DateOnly(2025, 10, 3));
        Ingest("sabah", Copy("Daily Sabah", "(AA) -"), new DateOnly(2025, 10, 3));
        var collapsed = new ExtractiveAnswerer(bot.Store, new NearDuplicateCollapsingIndex(bot.Index, bot.Store), new QuestionAnalyzer(), new AnswerOptions());

        Answer answer = await collapsed.AskAsync("What was discussed about banking at the embassy talks?");

        Assert.False(answer.Abstained);
        Assert.Single(answer.Citations.Select(c => c.ArticleId).Distinct());
        Assert.All(answer.Citations, c => Assert.Equal(c.Quote, bot.Store.Get(c.ArticleId)!.OriginalText[c.Start..c.End]));
    }
}

using System.Text.Json.Nodes;
using CsCheck;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Slack.Tests.Support;

namespace DiplomacyBot.Slack.Tests;

public sealed class SlackRendererTests
{
    private static readonly ChatQuote Quote = new("Lavrov said the third round is “this fall”.", "Russia, US Agree", "MENAFN", "28 Sep 2025, from the article id", "data/articles/004.txt");

    [Fact]
    public void Render_Answer_IsLeadThenQuoteBlockThenTitleOutletAndDate()
    {
        var message = Assert.Single(SlackRenderer.Render(new ChatReply("This fall.", [Quote], [])));
        var blocks = message.Blocks;
        Assert.Equal("section", blocks[0]!["type"]!.ToString());
        Assert.Equal("This fall.", blocks[0]!["text"]!["text"]!.ToString());
        Assert.Equal("> Lavrov said the third round is “this fall”.", blocks[1]!["text"]!["text"]!.ToString());
        Assert.Equal("context", blocks[2]!["type"]!.ToString());
        Assert.Equal("Russia, US Agree · MENAFN · 28 Sep 2025, from the article id", blocks[2]!["elements"]![0]!["text"]!.ToString());
        Assert.Equal("data/articles/004.txt", blocks[2]!["elements"]![1]!["text"]!.ToString());
        Assert.True((bool)blocks[1]!["text"]!["verbatim"]!);
        Assert.Contains("This fall.", message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<!here> and <!everyone>", "&lt;!here&gt; and &lt;!everyone&gt;")]
    [InlineData("<@U024BE7LH> <!subteam^SAZ94GDB8>", "&lt;@U024BE7LH&gt; &lt;!subteam^SAZ94GDB8&gt;")]
    [InlineData("&lt;!here&gt;", "&amp;lt;!here&amp;gt;")]
    [InlineData("<https://evil.example|click>", "&lt;https://evil.example|click&gt;")]
    public void Render_PingsInArticleText_AreEscaped(string hostile, string escaped)
    {
        var reply = new ChatReply(hostile, [Quote with { Text = hostile, Title = hostile }], []);
        SlackMessage message = Assert.Single(SlackRenderer.Render(reply));
        Assert.Equal(escaped, message.Blocks[0]!["text"]!["text"]!.ToString());
        Assert.Equal("> " + escaped, message.Blocks[1]!["text"]!["text"]!.ToString());
        SlackSafety.AssertSafe(message);
    }

    [Fact]
    public void Render_ManyItems_SplitsIntoMessagesOfAtMostFiftyBlocks()
    {
        var items = Enumerable.Range(1, 40).Select(i => new ChatItem($"Event {i}", null, [Quote, Quote])).ToList();
        var messages = SlackRenderer.Render(new ChatReply("Timeline", [], items));
        Assert.True(messages.Count >= 5);
        Assert.Equal(1 + (40 * 5), messages.Sum(m => m.Blocks.Count));
        Assert.All(messages, SlackSafety.AssertSafe);
    }

    [Fact]
    public void Render_VeryLongQuote_IsSplitIntoSectionsThatJoinBackToTheQuote()
    {
        string quote = string.Concat(Enumerable.Repeat("<!here> & more words ", 800));
        var messages = SlackRenderer.Render(new ChatReply("Long", [Quote with { Text = quote }], []));
        Assert.All(messages, SlackSafety.AssertSafe);
        Assert.Equal(quote, QuoteText(messages));
    }

    [Fact]
    public void Render_Image_IsAnnouncedInAContextLine()
    {
        var reply = new ChatReply("Timeline", [], [], new ChatImage("timeline.png", "Timeline: <!here>", [1, 2, 3]));
        SlackMessage message = Assert.Single(SlackRenderer.Render(reply));
        Assert.Contains("Timeline: &lt;!here&gt;", message.Blocks[^1]!["elements"]![0]!["text"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileArticleTextFuzz_NeverPingsNorBreaksAMessage() => HostileArticleTextFuzz(iter: 60);

    /// <summary>The same fuzz, five times as long.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Render_HostileArticleTextFuzz_NeverPingsNorBreaksAMessage_Long() => HostileArticleTextFuzz(iter: 300);

    private static void HostileArticleTextFuzz(int iter)
    {
        var fragment = Gen.OneOf(
            Gen.Const("<!channel>"), Gen.Const("<!here>"), Gen.Const("<!everyone>"), Gen.Const("<@U024BE7LH>"), Gen.Const("<!subteam^S1|@team>"),
            Gen.Const("<#C123|general>"), Gen.Const("&"), Gen.Const("&amp;"), Gen.Const("&lt;!here&gt;"), Gen.Const("<"), Gen.Const(">"), Gen.Const("> "),
            Gen.Const("\n"), Gen.Const("\n> "), Gen.Const("@here"), Gen.Const("*bold* _it_ ~s~ `code` ```block```"), Gen.Const("😀"), Gen.Const("\u200b"),
            Gen.Const("https://example.org/?a=1&b=2"), Gen.Const(new string('x', 3500)), Gen.Const(new string('&', 1200)), Gen.Const(new string('<', 900)),
            Gen.String[0, 40]);
        var text = fragment.Array[0, 25].Select(parts => string.Concat(parts));
        Gen.Select(text, text, text, Gen.Int[0, 4]).Sample((quote, title, lead, quotes) =>
        {
            var hostile = new ChatQuote(quote, title, title, lead, quote);
            var reply = new ChatReply(lead, Enumerable.Repeat(hostile, quotes).ToList(), [new ChatItem(title, lead, [hostile])]);
            var messages = SlackRenderer.Render(reply);
            Assert.NotEmpty(messages);
            foreach (SlackMessage message in messages)
            {
                SlackSafety.AssertSafe(message);
                Assert.NotNull(JsonNode.Parse(new JsonObject { ["blocks"] = message.Blocks.DeepClone() }.ToJsonString()));
            }
        }, iter: iter);
    }

    [Theory]
    [InlineData("a&b", 10)]
    [InlineData("&&&&&&&&&&&&&&&&&&&&", 12)]
    [InlineData("😀😀😀😀😀😀😀😀😀😀😀", 11)]
    public void Chunk_NeverExceedsTheLimitNorLosesText(string text, int limit)
    {
        var chunks = SlackText.Chunk(text, limit);
        Assert.All(chunks, c => Assert.True(SlackText.Escape(c).Length <= limit));
        Assert.Equal(text, string.Concat(chunks));
        Assert.All(chunks, c => SlackSafety.AssertSafeText(SlackText.Escape(c)));
    }

    [Fact]
    public void Truncate_NeverLeavesHalfAQuoteMarker()
    {
        string cut = SlackText.Truncate("first line\n> quoted text that is long", 13);

        Assert.Equal("first line\n…", cut);
        SlackSafety.AssertSafeText(cut);
    }

    [Fact]
    public void Truncate_NeverCutsAnEntity()
    {
        string escaped = SlackText.Escape(new string('&', 100));
        string cut = SlackText.Truncate(escaped, 13);
        Assert.True(cut.Length <= 13);
        SlackSafety.AssertSafeText(cut);
    }

    /// <summary>The first quote's text, rebuilt from its quote sections.</summary>
    private static string QuoteText(IEnumerable<SlackMessage> messages) => string.Concat(messages
        .SelectMany(m => m.Blocks)
        .Where(b => b!["type"]!.ToString() == "section" && b["text"]!["text"]!.ToString().StartsWith("> ", StringComparison.Ordinal))
        .Select(b => SlackSafety.Unescape(string.Join("\n", b!["text"]!["text"]!.ToString().Split('\n').Select(l => l[2..])))));
}

using System.Text.Json.Nodes;
using CsCheck;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Discord.Tests.Support;

namespace DiplomacyBot.Discord.Tests;

public sealed class DiscordRendererTests
{
    private static readonly ChatQuote Quote = new("Lavrov said the third round is “this fall”.", "Russia, US Agree", "MENAFN", "28 Sep 2025, from the article id", "data/articles/004.txt");

    private static readonly Gen<string> Hostile = Gen.OneOf(
            Gen.Const("@everyone"), Gen.Const("@here"), Gen.Const("<@123456789012345678>"), Gen.Const("<@!123456789012345678>"), Gen.Const("<@&987654321098765432>"),
            Gen.Const("<#111111111111111111>"), Gen.Const("@"), Gen.Const("<"), Gen.Const(">"), Gen.Const("\\"), Gen.Const("\\@everyone"), Gen.Const("@\u200beveryone"),
            Gen.Const("**bold** __u__ ~~s~~ `code` ```block``` ||spoiler||"), Gen.Const("[click](https://evil.example)"), Gen.Const("\n# heading\n- item\n> quote"),
            Gen.Const("😀"), Gen.Const("\u200b"), Gen.Const(new string('x', 3500)), Gen.Const(new string('@', 1500)), Gen.Const(new string('<', 900)), Gen.String[0, 40])
        .Array[0, 25].Select(parts => string.Concat(parts));

    [Fact]
    public void Render_Answer_IsLeadThenAnEmbedWithTitleQuoteOutletAndDate()
    {
        DiscordMessage message = Assert.Single(DiscordRenderer.Render(new ChatReply("This fall.", [Quote], [])));
        JsonObject embed = message.Embeds.Single()!.AsObject();

        Assert.Equal("This fall.", message.Content);
        Assert.Equal("Russia, US Agree", embed["title"]!.ToString());
        Assert.Equal("Lavrov said the third round is “this fall”.", embed["description"]!.ToString());
        Assert.Equal("Outlet", embed["fields"]![0]!["name"]!.ToString());
        Assert.Equal("MENAFN", embed["fields"]![0]!["value"]!.ToString());
        Assert.Equal("Published", embed["fields"]![1]!["name"]!.ToString());
        Assert.Equal("28 Sep 2025, from the article id", embed["fields"]![1]!["value"]!.ToString());
        Assert.Equal("data/articles/004.txt", SafeUnescape(embed["footer"]!["text"]!.ToString()));
        JsonObject body = message.ToJson();
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        DiscordSafety.AssertSafe(body);
    }

    [Theory]
    [InlineData("@everyone look", "@\u200beveryone look")]
    [InlineData("@here", "@\u200bhere")]
    [InlineData("<@123456789012345678>", "\\<@\u200b123456789012345678\\>")]
    [InlineData("<@&987654321098765432>", "\\<@\u200b&987654321098765432\\>")]
    [InlineData("**bold** [x](https://evil.example)", "\\*\\*bold\\*\\* \\[x\\](https\\://evil.example)")]
    public void Escape_NeutralisesMentionsAndMarkdown(string hostile, string escaped)
    {
        Assert.Equal(escaped, DiscordText.Escape(hostile));
        Assert.Equal(hostile, DiscordSafety.Unescape(DiscordText.Escape(hostile)));
    }

    [Fact]
    public void Escape_MentionFuzz_NeverLeavesAPingAndReadsBackAsTheOriginal() =>
        Hostile.Sample(text =>
        {
            string escaped = DiscordText.Escape(text);
            DiscordSafety.AssertNoPings(escaped);
            Assert.Equal(text, DiscordSafety.Unescape(escaped));
        }, iter: 500);

    [Fact]
    public void Render_AnyReply_StaysWithinEveryDiscordLimit_AndNeverPings() => AnyReplyFuzz(iter: 40);

    /// <summary>The same fuzz, five times as long.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Render_AnyReply_StaysWithinEveryDiscordLimit_AndNeverPings_Long() => AnyReplyFuzz(iter: 200);

    private static void AnyReplyFuzz(int iter) =>
        Gen.Select(Hostile, Hostile, Hostile, Gen.Int[0, 12], Gen.Int[0, 30]).Sample((text, title, lead, quotes, items) =>
        {
            var hostile = new ChatQuote(text, title, title, lead, text);
            var reply = new ChatReply(
                lead,
                Enumerable.Repeat(hostile, quotes).ToList(),
                Enumerable.Range(0, items).Select(i => new ChatItem(title + i, i % 2 == 0 ? lead : null, [hostile, hostile])).ToList());
            var messages = DiscordRenderer.Render(reply);
            Assert.NotEmpty(messages);
            foreach (DiscordMessage message in messages)
            {
                DiscordSafety.AssertSafe(message.ToJson());
            }

            int quoteEmbeds = messages.SelectMany(m => m.Embeds).Count(e => e!["fields"]!.AsArray().Any(f => f!["name"]!.ToString() == "Published"));
            Assert.True(quoteEmbeds >= quotes, $"{quoteEmbeds} quote embeds for {quotes} quotes");
        }, iter: iter);

    [Fact]
    public void Render_VeryLongQuote_SpansEmbedsThatJoinBackToTheVerbatimQuote() =>
        Hostile.Where(t => t.Length > 0).Sample(text =>
        {
            string quote = string.Concat(Enumerable.Repeat(text + " ", (9000 / (text.Length + 1)) + 1));
            var messages = DiscordRenderer.Render(new ChatReply("Long", [Quote with { Text = quote }], []));
            Assert.All(messages, m => DiscordSafety.AssertSafe(m.ToJson()));
            string joined = string.Concat(messages.SelectMany(m => m.Embeds).Select(e => DiscordSafety.Unescape(e!["description"]!.ToString())));
            Assert.Equal(quote, joined);
        }, iter: 30);

    [Fact]
    public void Render_LongLead_IsSplitIntoMessagesThatJoinBackToTheLead()
    {
        string lead = string.Concat(Enumerable.Repeat("@here <@1> said: **no** ", 400));
        var messages = DiscordRenderer.Render(new ChatReply(lead, [Quote], []));
        Assert.True(messages.Count >= 5);
        Assert.All(messages, m => DiscordSafety.AssertSafe(m.ToJson()));
        Assert.Equal(lead, string.Concat(messages.Select(m => DiscordSafety.Unescape(m.Content))));
        Assert.Single(messages.SelectMany(m => m.Embeds));
    }

    [Fact]
    public void Render_TwentyTimelineEvents_PacksAtMostTenEmbedsAMessage()
    {
        var items = Enumerable.Range(1, 20).Select(i => new ChatItem($"{i} Mar 2025: Talks in Istanbul (held)", null, [Quote, Quote])).ToList();
        var messages = DiscordRenderer.Render(new ChatReply("Timeline: 20 events.", [], items, new ChatImage("timeline.png", "Timeline", [1, 2, 3])));
        Assert.Equal(2, messages.Count);
        Assert.Equal(20, messages.Sum(m => m.Embeds.Count));
        Assert.All(messages, m => DiscordSafety.AssertSafe(m.ToJson()));
        Assert.NotNull(messages[0].Image);
        Assert.Null(messages[1].Image);
        JsonObject field = messages[0].Embeds[0]!["fields"]![0]!.AsObject();
        Assert.Equal("Russia, US Agree · MENAFN · 28 Sep 2025, from the article id", field["name"]!.ToString());
        Assert.Equal(Quote.Text, field["value"]!.ToString());
        Assert.Equal("timeline.png", messages[0].ToJson()["attachments"]![0]!["filename"]!.ToString());
    }

    [Theory]
    [InlineData("a@b", 10)]
    [InlineData("@@@@@@@@@@@@@@@@@@@@", 12)]
    [InlineData("😀😀😀😀😀😀😀😀😀😀😀", 11)]
    public void Chunk_NeverExceedsTheLimitNorLosesText(string text, int limit)
    {
        var chunks = DiscordText.Chunk(text, limit);
        Assert.All(chunks, c => Assert.True(DiscordText.Escape(c).Length <= limit));
        Assert.Equal(text, string.Concat(chunks));
    }

    [Fact]
    public void Fit_CutsWithinTheLimitWithoutSplittingAnEscapeOrASurrogate()
    {
        string cut = DiscordText.Fit(string.Concat(Enumerable.Repeat("@😀", 50)), 12);
        Assert.True(cut.Length <= 12);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        DiscordSafety.AssertNoPings(cut);
        Assert.DoesNotMatch(@"@(?!\u200b)", cut);
    }

    [Fact]
    public void Plain_ForFootersBreaksOnlyMentions_AndNeverCutsOneInHalf()
    {
        Assert.Equal("@\u200beveryone https://x.example/a_b", DiscordText.Plain("@everyone https://x.example/a_b", 100));
        Hostile.Sample(text =>
        {
            string plain = DiscordText.Plain(text, 40);
            Assert.True(plain.Length <= 40);
            DiscordSafety.AssertNoPings(plain);
            Assert.DoesNotMatch(@"@(?!\u200b)", plain);
        }, iter: 300);
    }

    private static string SafeUnescape(string text) => DiscordSafety.Unescape(text);
}

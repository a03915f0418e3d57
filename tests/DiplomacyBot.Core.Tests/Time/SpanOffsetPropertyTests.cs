using Xunit;

namespace DiplomacyBot.Core.Tests.Time;

public class SpanOffsetPropertyTests
{
    private static readonly string[] Fragments =
    [
        "last week", "on Thursday", "Feb. 27", "27 Feb 2025", "the past two years", "five hours", "now", "in recent years",
        "every 15 months", "3 p.m.", "this fall", "the 1990s", "the third quarter", "a year ago", "June 8-10",
        "the minister said", "prices may fall", "1,500 bags", "the Black Sea", "naïve café", "🙂", "—", "\n\n", "“quoted”",
        "Resolution 1973", "May", "March", "yesterday", "12:17 GMT", "Sun Yat-sen", "will meet", "met", "and", ",", ".",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_span_indexes_the_text_exactly_for_random_texts_built_from_fragments(int seed)
    {
        var random = new Random(seed);
        for (var iteration = 0; iteration < 300; iteration++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Fragments[random.Next(Fragments.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "  " : " ", parts);
            var reference = random.Next(4) == 0 ? (DateOnly?)null : new DateOnly(2025, 4, 30).AddDays(random.Next(-800, 800));

            var found = TagAssert.Tagger.Tag(text, reference);

            var previousEnd = 0;
            foreach (var e in found)
            {
                Assert.InRange(e.Start, previousEnd, text.Length - 1);
                Assert.InRange(e.End, e.Start + 1, text.Length);
                Assert.Equal(e.Text, text.Substring(e.Start, e.End - e.Start));
                Assert.False(string.IsNullOrWhiteSpace(e.Value));
                previousEnd = e.End;
            }
        }
    }

    [Fact]
    public void Tagging_is_safe_to_share_across_threads()
    {
        const string text = "The council met on Thursday and will meet again next week for five hours.";
        var expected = TagAssert.Tagger.Tag(text, new DateOnly(1987, 3, 3));

        var results = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 64, _ => results.Add(TagAssert.Describe(TagAssert.Tagger.Tag(text, new DateOnly(1987, 3, 3)))));

        Assert.All(results, r => Assert.Equal(TagAssert.Describe(expected), r));
    }
}

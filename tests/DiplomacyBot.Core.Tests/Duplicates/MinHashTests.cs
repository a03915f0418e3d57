using DiplomacyBot.Core.Duplicates;
using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Tests.Duplicates;

public sealed class MinHashTests
{
    private const string Story =
        "Russian and American diplomats held a third round of talks on the operation of their embassies in Istanbul on Thursday, the Russian foreign ministry said. " +
        "The talks covered visas for diplomats, the return of seized diplomatic property and the banking services embassies need to pay their staff. " +
        "A ministry spokeswoman said the delegations agreed to continue the dialogue and to exchange written proposals on banking before the next meeting. " +
        "The first two rounds were held in Istanbul in February and April, and both sides described them as businesslike.";

    [Fact]
    public void Similarity_OfACopyWithOtherCaseSpacingAndPunctuation_IsOne()
    {
        string copy = Story.ToUpperInvariant().Replace(", ", " ,  ", StringComparison.Ordinal).Replace(". ", ".\n\n", StringComparison.Ordinal);

        Assert.Equal(1.0, MinHash.Similarity(MinHash.Signature(Story)!, MinHash.Signature(copy)!));
    }

    [Fact]
    public void Similarity_OfASyndicatedCopy_IsHigh_AndOfAnotherReportOfTheEvent_IsLow()
    {
        string syndicated = "(MENAFN) ISTANBUL - " + Story + " This article was syndicated by a partner agency.";
        string otherReport =
            "Embassy talks between Moscow and Washington resumed in Istanbul, with banking for diplomats and seized property on the agenda. " +
            "Officials from both countries met for several hours at the consulate, according to people familiar with the meeting. " +
            "No agreement was announced, but a further meeting is expected, the sources said, after two earlier sessions this year.";

        double copy = MinHash.Similarity(MinHash.Signature(Story)!, MinHash.Signature(syndicated)!);
        double other = MinHash.Similarity(MinHash.Signature(Story)!, MinHash.Signature(otherReport)!);

        Assert.True(copy >= new NearDuplicateOptions().Threshold, $"copy similarity {copy}");
        Assert.True(other < 0.2, $"other report similarity {other}");
    }

    [Fact]
    public void Signature_OfAVeryShortText_IsNull()
    {
        Assert.Null(MinHash.Signature("Talks resume on Thursday."));
        Assert.NotNull(MinHash.Signature(Story));
        Assert.Equal(MinHash.Size, MinHash.Signature(Story)!.Length);
    }

    [Fact]
    public void Signature_IsTheMinimumOfEachHashFunctionOverTheShingles()
    {
        // Signatures are stored: however they are computed, each value must be the one the plain definition gives.
        var seeds = new ulong[MinHash.Size];
        ulong state = 0x5DEECE66DUL;
        for (int i = 0; i < seeds.Length; i++)
        {
            state = MinHash.Mix(state);
            seeds[i] = state;
        }

        foreach (string text in new[] { Story, Story + " " + Story.ToUpperInvariant(), string.Join(' ', Enumerable.Range(0, 400).Select(i => $"w{i * 7919 % 1000}")) })
        {
            var expected = Enumerable.Repeat(ulong.MaxValue, MinHash.Size).ToArray();
            foreach (ulong shingle in MinHash.Shingles(text))
            {
                for (int i = 0; i < expected.Length; i++)
                {
                    expected[i] = Math.Min(expected[i], MinHash.Mix(shingle ^ seeds[i]));
                }
            }

            Assert.Equal(expected, MinHash.Signature(text));
        }
    }

    [Fact]
    public void Collapse_KeepsTheFirstRankedArticleOfEachGroup()
    {
        PassageHit Hit(string article, int sentence) => new(article, sentence, 0, 1, 1, 0, 0);
        var originals = new Dictionary<string, string> { ["copy1"] = "orig", ["copy2"] = "orig" };
        PassageHit[] hits = [Hit("copy1", 0), Hit("other", 3), Hit("orig", 0), Hit("copy1", 2), Hit("copy2", 1), Hit("orig", 4)];

        var kept = NearDuplicateCollapsingIndex.Collapse(hits, originals).ToList();

        Assert.Equal([("copy1", 0), ("other", 3), ("copy1", 2)], kept.Select(h => (h.ArticleId, h.SentenceIndex)));
    }
}

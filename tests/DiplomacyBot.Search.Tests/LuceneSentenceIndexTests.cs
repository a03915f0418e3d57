using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Search.Tests;

public sealed class LuceneSentenceIndexTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static PassageQuery Query(params string[] words) =>
        new(words.Select(w => new TermGroup(w, [new WeightedTerm(w, 1f)], 1f)).ToList());

    private static void Index(LuceneSentenceIndex index, long generation, params Article[] articles)
    {
        index.Upsert(articles, new HashSet<string>());
        index.Commit(generation);
    }

    private static readonly Article Banking = TestArticles.Make(
        "bank", "The commitments facilitate unimpeded banking services for missions. Both sides exchanged notes.", "Istanbul talks");

    private static readonly Article Grain = TestArticles.Make(
        "grain", "Expert delegations agreed to revive the grain initiative. The weather was fine.", "Grain deal");

    [Fact]
    public void Search_FindsTheSentenceWithItsOffsetsAndMatchedGroups()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking, Grain);

        PassageSearchResult result = index.Search(Query("banking", "missions", "istanbul"), 5);

        PassageHit top = result.Hits[0];
        Assert.Equal("bank", top.ArticleId);
        Assert.Equal(0, top.SentenceIndex);
        Assert.Equal("The commitments facilitate unimpeded banking services for missions.", Banking.OriginalText[top.Start..top.End]);
        Assert.Equal(0b011UL, top.TextGroups);
        Assert.Equal(0b100UL, top.TitleGroups);
    }

    [Theory]
    [InlineData("commitmnets", "commit")]
    [InlineData("comitments", "commit")]
    [InlineData("delegatoins", "deleg")]
    [InlineData("bankng", "bank")]
    public void AWordTypedWithOneSlip_IsMendedAsTyped_ThoughItsStemIsFarFromTheRightOne(string typed, string stem)
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking, Grain);

        Assert.Contains(stem, index.SimilarWords(typed, 2, 2));
    }

    [Fact]
    public void AWordTheIndexHolds_OrOneFarFromAny_HasNoSimilarWords()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking, Grain);

        Assert.Empty(index.SimilarWords("banking", 2, 2));
        Assert.Empty(index.SimilarWords("zzyzzx", 2, 2));
    }

    [Fact]
    public void EnglishAnalysis_MatchesOtherFormsOfAWord()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking, Grain);

        PassageSearchResult result = index.Search(Query("delegation", "agree"), 5);

        Assert.Equal("grain", result.Hits[0].ArticleId);
        Assert.Equal(0b11UL, result.Hits[0].TextGroups);
    }

    [Fact]
    public void ADatelinePlace_CountsAsAnOccurrence_ThoughItIsNotSearched()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Article filed = Grain with
        {
            Id = "grain-kl",
            Published = new PublicationDate(null, DateBasis.Unknown, [new DateCue(DateCueKind.Dateline, null, "KUALA LUMPUR, Oct 20", 10, 20)], []),
        };
        Index(index, 1, filed, Banking);

        PassageSearchResult result = index.Search(Query("lumpur", "banking"), 5);

        Assert.True(result.GroupOccurrences[0] > 0);
        Assert.DoesNotContain(result.Hits, h => h.ArticleId == "grain-kl");
    }

    [Fact]
    public void UnknownWords_HaveTheHighestIdf()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking, Grain);

        PassageSearchResult result = index.Search(Query("banking", "zanzibar"), 5);

        Assert.True(result.GroupIdf[1] > result.GroupIdf[0]);
    }

    [Fact]
    public void Generation_IsPersistedWithTheCommit()
    {
        using (var index = new LuceneSentenceIndex(_temp.File("i")))
        {
            Assert.Equal(-1, index.Generation);
            Index(index, 7, Banking);
        }

        using var reopened = new LuceneSentenceIndex(_temp.File("i"));
        Assert.Equal(7, reopened.Generation);
    }

    [Fact]
    public void Upsert_ReplacesAnArticlesOldSentences()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking);

        index.Upsert([TestArticles.Make("bank", "Completely different words now.")], new HashSet<string> { "bank" });
        index.Commit(2);

        Assert.Empty(index.Search(Query("banking"), 5).Hits);
        Assert.Single(index.Search(Query("different"), 5).Hits);
    }

    [Fact]
    public void UncommittedChanges_AreNeitherDurableNorCountedInTheGeneration()
    {
        string path = _temp.File("i");
        using (var index = new LuceneSentenceIndex(path))
        {
            Index(index, 1, Banking);
            index.Upsert([Grain], new HashSet<string>());
            Assert.Equal(1, index.Generation);
        }

        using var reopened = new LuceneSentenceIndex(path);
        Assert.Equal(1, reopened.Generation);
        Assert.NotEmpty(reopened.Search(Query("banking"), 5).Hits);
        Assert.Empty(reopened.Search(Query("grain"), 5).Hits);
    }

    [Fact]
    public void Rebuild_StartsFromNothing()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking, Grain);

        index.Rebuild([Grain], 5);

        Assert.Empty(index.Search(Query("banking"), 5).Hits);
        Assert.Equal(5, index.Generation);
    }

    [Fact]
    public void CorruptIndex_ReadsAsMissingSoItIsRebuilt()
    {
        string path = _temp.File("i");
        using (var index = new LuceneSentenceIndex(path))
        {
            Index(index, 1, Banking);
        }

        foreach (string file in Directory.EnumerateFiles(path, "segments*"))
        {
            File.WriteAllText(file, "garbage");
        }

        using var damaged = new LuceneSentenceIndex(path);
        Assert.Equal(-1, damaged.Generation);
        damaged.Rebuild([Banking], 3);
        Assert.Equal(3, damaged.Generation);
        Assert.NotEmpty(damaged.Search(Query("banking"), 5).Hits);
    }

    [Fact]
    public void MatchedGroups_ComeFromEachHitsOwnWords_WithPhrasesNeedingEveryWord()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking, Grain);
        var phrase = new PassageQuery([new TermGroup("grain initiative", [new WeightedTerm("grain initiative", 1f)], 1f), new TermGroup("notes", [new WeightedTerm("notes", 1f)], 1f)]);

        PassageSearchResult result = index.Search(phrase, 10);

        Assert.Equal(0b01UL, Assert.Single(result.Hits, h => h.ArticleId == "grain" && h.SentenceIndex == 0).TextGroups);
        Assert.Equal(0b10UL, Assert.Single(result.Hits, h => h.ArticleId == "bank" && h.SentenceIndex == 1).TextGroups);
        Assert.Equal(0UL, Assert.Single(result.Hits, h => h.ArticleId == "grain" && h.SentenceIndex == 0).TitleGroups);
    }

    [Fact]
    public void AnIndexWithoutTheCurrentLayout_ReadsAsMissingSoItIsRebuilt()
    {
        string path = _temp.File("old");
        using (var directory = Lucene.Net.Store.FSDirectory.Open(path))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument([new Lucene.Net.Documents.StringField("article", "x", Lucene.Net.Documents.Field.Store.YES)]);
            writer.SetCommitData(new Dictionary<string, string> { ["store-generation"] = "4" });
            writer.Commit();
        }

        using var index = new LuceneSentenceIndex(path);
        Assert.Equal(-1, index.Generation);
        index.Rebuild([Banking], 4);
        Assert.Equal(4, index.Generation);
    }

    [Fact]
    public void AlternativesThatAnalyseAlike_ScoreAsTheStrongestOfThem()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking, Grain);
        var single = new PassageQuery([new TermGroup("banking", [new WeightedTerm("banking", 1f)], 1f), new TermGroup("grain", [new WeightedTerm("grain", 1f)], 1f)]);
        var repeated = new PassageQuery([
            new TermGroup("banking", [new WeightedTerm("banking", 1f), new WeightedTerm("bank", 0.5f), new WeightedTerm("banks", 0.5f)], 1f),
            new TermGroup("grain", [new WeightedTerm("grain", 1f)], 1f)]);

        var expected = index.Search(single, 10).Hits;
        var actual = index.Search(repeated, 10).Hits;

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => (h.ArticleId, h.SentenceIndex, h.Score, h.TextGroups)), actual.Select(h => (h.ArticleId, h.SentenceIndex, h.Score, h.TextGroups)));
    }

    [Fact]
    public void HitsInSeveralSegments_EachKnowTheWordsTheyHold()
    {
        using var index = new LuceneSentenceIndex(_temp.File("i"));
        Index(index, 1, Banking);
        Index(index, 2, Grain);
        Index(index, 3, TestArticles.Make("both", "Banking services and the grain initiative were discussed.", "Mixed"));

        var hits = index.Search(Query("banking", "grain"), 10).Hits.ToDictionary(h => (h.ArticleId, h.SentenceIndex));

        Assert.Equal(0b01UL, hits[("bank", 0)].TextGroups);
        Assert.Equal(0b10UL, hits[("grain", 0)].TextGroups);
        Assert.Equal(0b11UL, hits[("both", 0)].TextGroups);
        Assert.Equal("both", index.Search(Query("banking", "grain"), 10).Hits[0].ArticleId);
    }

    [Fact]
    public void Compact_MergesTheSegments_KeepingHitsAndGeneration()
    {
        string path = _temp.File("i");
        using var index = new LuceneSentenceIndex(path);
        Index(index, 1, Banking);
        Index(index, 2, Grain);
        Index(index, 3, TestArticles.Make("both", "Banking services and the grain initiative were discussed.", "Mixed"));
        var before = index.Search(Query("banking", "grain", "istanbul"), 10).Hits;
        int segmentsBefore = Directory.GetFiles(path, "*.si").Length;

        index.Compact();

        Assert.True(segmentsBefore > 1);
        Assert.Single(Directory.GetFiles(path, "*.si"));
        Assert.Equal(3, index.Generation);
        var after = index.Search(Query("banking", "grain", "istanbul"), 10).Hits;
        Assert.Equal(before.Select(h => (h.ArticleId, h.SentenceIndex, h.TextGroups, h.TitleGroups)), after.Select(h => (h.ArticleId, h.SentenceIndex, h.TextGroups, h.TitleGroups)));
    }

    public void Dispose() => _temp.Dispose();
}

using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Storage;
using DiplomacyBot.Testing;

namespace DiplomacyBot.Search.Tests;

public sealed class VectorIndexTests : IDisposable
{
    private const string Model = "test-model";

    /// <summary>What the model's vectors are stored and indexed under.</summary>
    private static readonly string Stored = Passages.Key(Model);
    private readonly TempFolder _temp = new();

    /// <summary>A deterministic pseudo-random unit vector per (article, sentence).</summary>
    private static float[] VectorOf(string article, int sentence, int dims = 48)
    {
        // Seeded from the key's characters, not string.GetHashCode, which differs between runs: the same vectors every run.
        int seed = article.Aggregate(sentence + 17, (hash, c) => unchecked((hash * 31) + c));
        var random = new Random(seed & 0x7fffffff);
        var v = new float[dims];
        for (int i = 0; i < dims; i++)
        {
            v[i] = (float)((random.NextDouble() * 2) - 1);
        }

        System.Numerics.Tensors.TensorPrimitives.Divide(v, System.Numerics.Tensors.TensorPrimitives.Norm(v), v);
        return v;
    }

    private static ArticleVectors Article(string id, int sentences, string hash = "h") =>
        ArticleVectors.Quantize(id, Stored, hash, Enumerable.Range(0, sentences).Select(i => VectorOf(id, i)).ToList());

    [Fact]
    public void Int8Similarity_StaysWithinAFewThousandthsOfTheFloatCosine()
    {
        for (int i = 0; i < 200; i++)
        {
            float[] a = VectorOf("a", i, 384), b = VectorOf("b", i, 384);
            var qa = new sbyte[384];
            var qb = new sbyte[384];
            float sa = Int8Vectors.Quantize(a, qa), sb = Int8Vectors.Quantize(b, qb);

            float exact = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);
            Assert.InRange(Int8Vectors.Similarity(qa, sa, qb, sb) - exact, -0.005f, 0.005f);
            Assert.InRange(Int8Vectors.Similarity(qa, sa, qa, sa), 0.995f, 1.005f);
        }
    }

    [Fact]
    public void Nearest_FindsTheSameSentencesAsAnExhaustiveFloatSearch()
    {
        using var index = new FileVectorIndex(_temp.File("v.bin"), Stored);
        var articles = Enumerable.Range(0, 50).Select(i => Article($"a{i}", 1 + (i % 7))).ToList();
        index.Upsert(articles, 1);
        float[] query = VectorOf("query", 0);

        var expected = articles.SelectMany(a => Enumerable.Range(0, a.Count).Select(s => (Key: new SentenceKey(a.ArticleId, s), Sim: System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(query, VectorOf(a.ArticleId, s)))))
            .OrderByDescending(x => x.Sim).Take(10).ToList();
        var hits = index.Nearest(query, 10);

        Assert.Equal(10, hits.Count);
        Assert.True(hits.Select(h => h.Key).Intersect(expected.Select(e => e.Key)).Count() >= 9);
        Assert.Equal(expected[0].Key, hits[0].Key);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
        Assert.Equal(hits[3].Similarity, index.Similarity(query, hits[3].Key)!.Value.Similarity);
        Assert.Null(index.Similarity(query, new SentenceKey("a1", 99)));
    }

    [Theory]
    [InlineData(96)]
    [InlineData(384)]
    public void Nearest_OverALargeIndex_ReadsSignsFirst_AndStillFindsTheNearestSentences(int dims)
    {
        // Beyond the size where a search first ranks rows by their signs: the nearest ones must survive that step
        // (384 dimensions, the local models', take the unrolled distance; others the general one).
        using var index = new FileVectorIndex(_temp.File("large.bin"), Stored);
        var random = new Random(3);
        float[] Near(float[] centre, double noise)
        {
            var v = centre.Select(x => x + (float)((random.NextDouble() - 0.5) * noise)).ToArray();
            System.Numerics.Tensors.TensorPrimitives.Divide(v, System.Numerics.Tensors.TensorPrimitives.Norm(v), v);
            return v;
        }

        float[] query = VectorOf("query", 0, dims);
        var vectors = new Dictionary<SentenceKey, float[]>();
        var articles = new List<ArticleVectors>();
        for (int a = 0; a < 4_000; a++)
        {
            // A few articles hold sentences close to the question; the rest are unrelated.
            var sentences = Enumerable.Range(0, 10).Select(s => a % 400 == 0 ? Near(query, 0.4 + (s * 0.05)) : VectorOf($"r{a}", s, dims)).ToList();
            for (int s = 0; s < sentences.Count; s++)
            {
                vectors[new SentenceKey($"r{a}", s)] = sentences[s];
            }

            articles.Add(ArticleVectors.Quantize($"r{a}", Stored, "h", sentences));
        }

        index.Upsert(articles, 1);
        Assert.Equal(40_000, index.Count);

        var expected = vectors.OrderByDescending(kv => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(query, kv.Value)).Take(30).Select(kv => kv.Key).ToList();
        var hits = index.Nearest(query, 30);

        Assert.Equal(30, hits.Count);
        Assert.Equal(expected[0], hits[0].Key);
        Assert.True(hits.Select(h => h.Key).Intersect(expected).Count() >= 28);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Similarity >= p.Second.Similarity));
    }

    [Fact]
    public void Upsert_ReplacesAnArticlesVectors_AndRemoveDropsThem()
    {
        using var index = new FileVectorIndex(_temp.File("v.bin"), Stored);
        index.Upsert([Article("a", 3), Article("b", 2)], 1);
        index.Upsert([Article("a", 1, hash: "h2")], 1);

        Assert.Equal(3, index.Count);
        VectorHit hit = index.Similarity(VectorOf("a", 0), new SentenceKey("a", 0))!.Value;
        Assert.Equal("h2", hit.ContentHash);
        Assert.Null(index.Similarity(VectorOf("a", 2), new SentenceKey("a", 2)));

        index.Remove(["b"], 2);
        Assert.Equal(1, index.Count);
        Assert.All(index.Nearest(VectorOf("b", 0), 5), h => Assert.Equal("a", h.Key.ArticleId));
    }

    [Fact]
    public void Commit_WritesAFileThatTheNextProcessReadsInsteadOfTheStore()
    {
        string path = _temp.File("v.bin");
        float[] query = VectorOf("q", 1);
        IReadOnlyList<VectorHit> before;
        using (var index = new FileVectorIndex(path, Stored))
        {
            index.Upsert([Article("a", 4), Article("b", 4), Article("c", 2)], 1);
            index.Remove(["b"], 2);
            index.Commit(7);
            before = index.Nearest(query, 5);
        }

        using var reopened = new FileVectorIndex(path, Stored);
        Assert.Equal(7, reopened.Version);
        Assert.Equal(6, reopened.Count);
        Assert.Equal(before, reopened.Nearest(query, 5));
        using var otherModel = new FileVectorIndex(path, "another-model");
        Assert.Equal(-1, otherModel.Version);
        Assert.Equal(0, otherModel.Count);
    }

    [Fact]
    public void AnUnreadableFile_IsTreatedAsNoIndex()
    {
        string path = _temp.File("v.bin");
        using (var index = new FileVectorIndex(path, Stored))
        {
            index.Upsert([Article("a", 4)], 1);
            index.Commit(3);
        }

        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        using (var truncated = new FileVectorIndex(path, Stored))
        {
            Assert.Equal(-1, truncated.Version);
            Assert.Equal(0, truncated.Count);
        }

        File.WriteAllBytes(path, [0xFF, 0xFE, 0x00, 0x01]);
        using var garbage = new FileVectorIndex(path, Stored);
        Assert.Equal(-1, garbage.Version);
    }

    [Fact]
    public void StoredVectors_SurviveARestart_AndTheIndexRebuildsFromThem()
    {
        string db = _temp.File("bot.db");
        var saved = new[] { Article("a", 3), Article("b", 5) };
        using (var store = new LiteDbArticleStore(db))
        {
            var embeddings = new LiteDbEmbeddingStore(store);
            embeddings.Save(saved);
            Assert.Equal(8, embeddings.Count(Stored));
        }

        using (var store = new LiteDbArticleStore(db))
        {
            var embeddings = new LiteDbEmbeddingStore(store);
            Assert.Equal(8, embeddings.Count(Stored));
            Assert.Equal(0, embeddings.Count("another-model"));
            ArticleVectors b = embeddings.Get(Stored, "b")!;
            Assert.Equal(saved[1].Values, b.Values);
            Assert.Equal(saved[1].Scales, b.Scales);
            Assert.Equal(new Dictionary<string, string> { ["a"] = "h", ["b"] = "h" }, embeddings.ContentHashes(Stored));

            // The index file is derived data: deleted, it is rebuilt from the store on first use.
            string indexPath = FileVectorIndex.PathFor(db, Stored);
            Assert.False(File.Exists(indexPath));
            using var index = new FileVectorIndex(indexPath, Stored);
            var semantic = new SemanticSearch(new FakeEmbeddings(Model), embeddings, index);
            Assert.True(semantic.EnsureFresh());
            Assert.Equal(8, index.Count);
            Assert.Equal(embeddings.Version(Stored), index.Version);
            Assert.True(File.Exists(indexPath));
            Assert.False(semantic.EnsureFresh());

            long version = embeddings.Version(Stored);
            Assert.Equal(1, embeddings.Remove(Stored, ["a"]));
            Assert.True(embeddings.Version(Stored) > version);
            Assert.Equal(5, embeddings.Count(Stored));
        }
    }

    [Fact]
    public async Task EmbedMissing_AfterAnInterruption_EmbedsOnlyWhatIsMissing_AndDropsVectorsOfChangedArticles()
    {
        string db = _temp.File("bot.db");
        using var store = new LiteDbArticleStore(db);
        var articles = Enumerable.Range(0, 12).Select(i => TestArticles.Make($"art{i:D2}", $"Delegation {i} met in Geneva. Talks on visas went on. Round {i} ended.")).ToList();
        store.Save(articles);
        var embeddings = new LiteDbEmbeddingStore(store);
        var provider = new FakeEmbeddings(Model) { FailOnCall = 3 };
        using (var crashed = new FileVectorIndex(FileVectorIndex.PathFor(db, Stored), Stored))
        {
            var first = new EmbeddingIndexer(store, embeddings, crashed, provider, batchSize: 6);
            await Assert.ThrowsAsync<IOException>(() => first.EmbedMissingAsync(null, CancellationToken.None));
        }

        int afterCrash = embeddings.Count(Stored);
        Assert.Equal(12, afterCrash);

        // As a new process: the index file never got the crashed run's batches, and the store has them.
        using var index = new FileVectorIndex(FileVectorIndex.PathFor(db, Stored), Stored);
        var indexer = new EmbeddingIndexer(store, embeddings, index, provider, batchSize: 6);
        Assert.Equal(8, indexer.Missing());
        provider.FailOnCall = 0;
        var textsBefore = provider.Embedded.Count;
        EmbeddingReport resumed = await indexer.EmbedMissingAsync(null, CancellationToken.None);
        Assert.Equal(24, resumed.Embedded);
        Assert.Equal(36, embeddings.Count(Stored));
        Assert.Equal(0, indexer.Missing());
        Assert.Equal(36, index.Count);
        Assert.Equal(embeddings.Version(Stored), index.Version);
        Assert.DoesNotContain(provider.Embedded.Skip(textsBefore), t => t.Contains("Delegation 0 ", StringComparison.Ordinal));

        store.Save([TestArticles.Make("art03", "A changed story. It has two sentences now.")]);
        Assert.Equal(1, indexer.Missing());
        EmbeddingReport changed = await indexer.EmbedMissingAsync(null, CancellationToken.None);
        Assert.Equal(1, changed.Removed);
        Assert.Equal(2, changed.Embedded);
        Assert.Equal(35, embeddings.Count(Stored));
        Assert.Equal(35, index.Count);
        Assert.Equal(store.Get("art03")!.ContentHash, embeddings.Get(Stored, "art03")!.ContentHash);
    }

    [Fact]
    public void Search_DescribesSentencesFoundByMeaning_ThatBm25DidNotRank()
    {
        using var lucene = new LuceneSentenceIndex(_temp.File("i"));
        Article talks = TestArticles.Make("talks", "Both sides observed a moratorium on strikes against energy sites. Banking services for missions were restored.");
        lucene.Upsert([talks], new HashSet<string>());
        lucene.Commit(1);
        var query = new PassageQuery([new TermGroup("banking", [new WeightedTerm("banking", 1f)], 1f)]) { Include = [new SentenceKey("talks", 0), new SentenceKey("talks", 1)] };

        PassageSearchResult result = lucene.Search(query, 5);

        Assert.Equal(2, result.Hits.Count);
        Assert.Equal((1, 1), (result.Hits[0].SentenceIndex, result.Hits[0].Bm25Rank));
        Assert.Equal((0, 0), (result.Hits[1].SentenceIndex, result.Hits[1].Bm25Rank));
        Assert.Equal(0f, result.Hits[1].Score);
        Assert.Equal("Both sides observed a moratorium on strikes against energy sites.", talks.OriginalText[result.Hits[1].Start..result.Hits[1].End]);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Vectors from the text's hash; fails on the chosen call to stand for a crash mid-run.</summary>
    private sealed class FakeEmbeddings(string model) : IEmbeddingProvider
    {
        private int _calls;

        public string Model => model;

        public int FailOnCall { get; set; }

        public List<string> Embedded { get; } = [];

        public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            if (++_calls == FailOnCall)
            {
                throw new IOException("the model went away");
            }

            Embedded.AddRange(texts);
            return Task.FromResult<IReadOnlyList<float[]>>(texts.Select(t => VectorOf(t, 0)).ToList());
        }
    }
}

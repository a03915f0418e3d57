using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Llm.Tests.Support;

namespace DiplomacyBot.Llm.Tests;

public sealed class EmbeddingTests
{
    /// <summary>
    /// Vectors the fake model gives: one axis per topic (meetings, banking, air travel) plus a small shared component,
    /// so "flights" and "aviation" land close together although they share no word.
    /// </summary>
    private static float[] TopicVector(string text)
    {
        string t = text.ToLowerInvariant();
        bool Has(params string[] words) => words.Any(w => t.Contains(w, StringComparison.Ordinal));
        return
        [
            Has("round", "meeting", "gathered", "convene") ? 1f : 0f,
            Has("bank", "accounts") ? 1f : 0f,
            Has("aviation", "flight", "airline") ? 1f : 0f,
            0.1f,
        ];
    }

    [Fact]
    public async Task EmbedMissing_SendsSentencesInBatches_AndStoresEachUnderTheModel()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnEmbed = TopicVector;
        bed.Connect(o => { o.EmbeddingModel = "fake-embed"; o.EmbeddingBatchSize = 4; });
        int sentences = bed.Store.All().Sum(a => a.Sentences.Count);

        EmbeddingReport report = await bed.EmbedMissingAsync();

        Assert.Equal(sentences, report.Embedded);
        Assert.Equal(report.Batches, bed.Server.EmbeddingCalls.Count);
        Assert.All(bed.Server.EmbeddingCalls, batch => Assert.InRange(batch.Count, 1, 4 + bed.Store.All().Max(a => a.Sentences.Count)));
        Assert.Equal(sentences, bed.Embeddings.Count(Passages.Key("fake-embed")));
        Assert.Equal(0, bed.Embeddings.Count("another-model"));
        ArticleVectors stored = bed.Embeddings.Get(Passages.Key("fake-embed"), TestCorpus.BankingId)!;
        Article banking = bed.Store.Get(TestCorpus.BankingId)!;
        float[] expected = TopicVector(Passages.Text(banking, banking.Sentences[2]));
        var quantized = new sbyte[expected.Length];
        float scale = Int8Vectors.Quantize(expected, quantized);
        Assert.Equal(quantized, stored.Vector(2).ToArray());
        Assert.Equal(scale, stored.Scales[2], 5);
    }

    [Fact]
    public async Task EmbedMissing_AfterAnInterruption_SendsOnlyWhatIsStillMissing()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnEmbed = TopicVector;
        bed.Server.FailEmbeddingsFrom = 3;
        bed.Connect(o => { o.EmbeddingModel = "fake-embed"; o.EmbeddingBatchSize = 4; o.MaxRetries = 0; });
        int sentences = bed.Store.All().Sum(a => a.Sentences.Count);

        await Assert.ThrowsAnyAsync<Exception>(() => bed.EmbedMissingAsync());
        int firstBatch = bed.Embeddings.Count(Passages.Key("fake-embed"));
        Assert.InRange(firstBatch, 1, sentences - 1);
        var firstRun = bed.Server.EmbeddingCalls[0].ToList();

        bed.Server.FailEmbeddingsFrom = 0;
        int callsBefore = bed.Server.EmbeddingCalls.Count;
        EmbeddingReport resumed = await bed.EmbedMissingAsync();

        Assert.Equal(sentences - firstBatch, resumed.Embedded);
        Assert.Equal(sentences, bed.Embeddings.Count(Passages.Key("fake-embed")));
        var resent = bed.Server.EmbeddingCalls.Skip(callsBefore).SelectMany(b => b).ToList();
        Assert.Empty(resent.Intersect(firstRun));

        EmbeddingReport again = await bed.EmbedMissingAsync();
        Assert.Equal(0, again.Embedded);
        Assert.Equal(0, again.Batches);
    }

    [Fact]
    public async Task VectorSearch_FindsTheSentenceClosestInMeaning_ByCosineSimilarity()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnEmbed = TopicVector;
        bed.Connect(o => o.EmbeddingModel = "fake-embed");
        await bed.EmbedMissingAsync();

        var nearest = await bed.Semantic!.NearestAsync("Which flights will be negotiated?", 3, CancellationToken.None);

        Assert.Equal(new SentenceKey(TestCorpus.BankingId, 2), nearest[0].Key);
        Assert.True(nearest[0].Similarity > nearest[1].Similarity);
    }

    [Fact]
    public async Task Retrieval_WithEmbeddings_FusesVectorRanksIntoTheBm25Ranking()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnEmbed = TopicVector;
        const string question = "Which flights will be negotiated?";
        var aviation = new SentenceKey(TestCorpus.BankingId, 2);
        IReadOnlyList<SentenceKey> withoutVectors = await bed.Connect().Retriever.RankAsync(question, null, [], CancellationToken.None);

        LlmServices services = bed.Connect(o => o.EmbeddingModel = "fake-embed");
        await bed.EmbedMissingAsync();
        IReadOnlyList<SentenceKey> withVectors = await services.Retriever.RankAsync(question, null, [], CancellationToken.None);

        Assert.DoesNotContain(aviation, withoutVectors);
        Assert.Contains(aviation, withVectors.Take(3));
        Assert.True(withVectors.Count > withoutVectors.Count);
    }

    [Fact]
    public async Task Ask_WithEmbeddings_SendsThePassageFoundByMeaning()
    {
        await using var bed = await LlmTestBed.StartAsync();
        bed.Server.OnEmbed = TopicVector;
        bed.Server.OnChat = call => ChatScript.Json(new { answer = $"Aviation [{SentPrompts.PassageIdOf(call.User, "Further talks on aviation")}].", quotes = Array.Empty<object>() });
        LlmServices services = bed.Connect(o => o.EmbeddingModel = "fake-embed");
        await bed.EmbedMissingAsync();

        Answer answer = await services.Answerer.AskAsync("Which flights will be negotiated?");

        Assert.Equal("Aviation.", answer.Lead);
        Citation citation = Assert.Single(answer.Citations);
        Assert.Equal(TestCorpus.BankingId, citation.ArticleId);
    }

    [Fact]
    public void ReciprocalRankFusion_RewardsItemsSeveralRankingsPlaceHigh()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([["a", "b", "c"], ["b", "c", "d"]]).Select(f => f.Item).ToList();

        Assert.Equal(["b", "c", "a", "d"], fused);
    }
}

using System.Net.NetworkInformation;
using DiplomacyBot.Embeddings.Onnx;

namespace DiplomacyBot.Embeddings.Onnx.Tests;

public sealed class OnnxEmbeddingProviderTests(ModelFixture models) : IClassFixture<ModelFixture>
{
    public static TheoryData<string> Models => new() { "arctic-xs", "minilm" };

    private static float Cosine(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);

    [Theory]
    [MemberData(nameof(Models))]
    public void Load_ReadsTheModelShippedInsideItsPackage_WithoutAnyNetwork(string model)
    {
        // The model file and vocabulary are resources of the package's assembly: nothing is downloaded or read elsewhere.
        LocalModel local = LocalModel.Find(model)!;
        using (Stream onnx = local.Open("model.onnx"))
        using (Stream vocabulary = local.Open("vocab.txt"))
        {
            Assert.True(onnx.Length > 1_000_000);
            Assert.True(vocabulary.Length > 100_000);
        }

        long sentBefore = IPGlobalProperties.GetIPGlobalProperties().GetTcpIPv4Statistics().SegmentsSent;
        using var provider = new OnnxEmbeddingProvider(local, threads: 1);
        provider.Load();
        float[][] vectors = provider.Embed(["Talks resumed in Istanbul."], string.Empty, CancellationToken.None);

        Assert.True(provider.IsLoaded);
        Assert.Equal(384, provider.Dimensions);
        Assert.Equal(384, vectors[0].Length);
        Assert.Equal(1f, System.Numerics.Tensors.TensorPrimitives.Norm(vectors[0]), 3);
        Assert.StartsWith("local:", provider.Model, StringComparison.Ordinal);
        // Other tests may use loopback meanwhile; a model download would send far more than this.
        long sent = IPGlobalProperties.GetIPGlobalProperties().GetTcpIPv4Statistics().SegmentsSent - sentBefore;
        Assert.InRange(sent, 0, 5_000);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Embed_IsDeterministic_WhateverTheBatchAroundIt(string model)
    {
        OnnxEmbeddingProvider provider = models.For(model);
        const string sentence = "The delegations agreed to restore direct flights between the two capitals.";

        float[] first = provider.Embed([sentence], string.Empty, CancellationToken.None)[0];
        float[] again = provider.Embed([sentence], string.Empty, CancellationToken.None)[0];
        float[][] batch = provider.Embed(
            ["A much longer sentence about banking services for diplomatic missions, sanctions, visas and the return of six properties.", sentence, "Short."],
            string.Empty,
            CancellationToken.None);

        Assert.Equal(first, again);
        Assert.True(Cosine(first, batch[1]) > 0.9999f, "padding in a batch must not change a sentence's vector");
    }

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Paraphrases_ScoreAboveUnrelatedPairs(string model)
    {
        OnnxEmbeddingProvider provider = models.For(model);
        (string Question, string Paraphrase, string Unrelated)[] pairs =
        [
            ("Was there a pause in attacks on power plants?", "Both sides observed a moratorium on strikes targeting energy infrastructure.", "The central bank left interest rates unchanged in March."),
            ("How did the two sides stay in touch between meetings?", "Communication continues through phone calls and video conferences.", "Wheat exports rose by ten percent last year."),
            ("Can their airlines fly to each other's country again?", "They discussed resuming direct air links between the two nations.", "The embassy's new building has four floors."),
            ("Did the oil producers cut output?", "OPEC members agreed to reduce crude production by 1.5 million barrels a day.", "The football season opens on Saturday."),
        ];

        foreach (var (question, paraphrase, unrelated) in pairs)
        {
            float[] q = await provider.EmbedQueryAsync(question, CancellationToken.None);
            var passages = await provider.EmbedAsync([paraphrase, unrelated], CancellationToken.None);
            Assert.True(Cosine(q, passages[0]) > Cosine(q, passages[1]) + 0.05f, $"{model}: \"{question}\" is closer to \"{unrelated}\" than to \"{paraphrase}\"");
        }
    }

    [Fact]
    public void QuantisedWeights_GiveVectorsWithinACosineOf0_99OfTheFloatModel_UnderTheirOwnName()
    {
        string[] texts =
        [
            "Russian and US delegations met at the residence of the US Consul General in Istanbul.",
            "OPEC agreed to cut crude output by 1.5 million barrels a day.",
            "Was there any pause on attacks on power plants?",
        ];
        using var exact = new OnnxEmbeddingProvider(LocalModel.ArcticXs, threads: 1, quantize: false);
        OnnxEmbeddingProvider quantised = models.For("arctic-xs");

        float[][] a = exact.Embed(texts, string.Empty, CancellationToken.None);
        float[][] b = quantised.Embed(texts, string.Empty, CancellationToken.None);

        Assert.Equal("local:snowflake-arctic-embed-xs", exact.Model);
        Assert.Equal("local:snowflake-arctic-embed-xs-int8", quantised.Model);
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.InRange(Cosine(a[i], b[i]), 0.99f, 1.0001f);
        }
    }

    [Fact]
    public void TheQuantiser_RewritesEveryMatrixProductByAWeight_AndKeepsTheModelLoadable()
    {
        byte[] model;
        using (Stream file = LocalModel.MiniLm.Open("model.onnx"))
        {
            model = new byte[file.Length];
            file.ReadExactly(model);
        }

        byte[] quantised = OnnxModelQuantizer.Quantize(model, out int rewritten);

        // Six layers: query, key, value, attention output, intermediate and output products each.
        Assert.Equal(36, rewritten);
        Assert.InRange(quantised.Length, model.Length / 3, model.Length * 3 / 4);
        using var session = new Microsoft.ML.OnnxRuntime.InferenceSession(quantised);
        Assert.Contains("last_hidden_state", session.OutputMetadata.Keys);
        Assert.Throws<FormatException>(() => OnnxModelQuantizer.Quantize([0x0B, 0x01, 0x02], out _));
    }

    [Fact]
    public async Task Queries_GetTheModelsInstruction_PassagesDoNot()
    {
        OnnxEmbeddingProvider arctic = models.For("arctic-xs");
        const string text = "When is the third round of talks?";

        float[] asQuery = await arctic.EmbedQueryAsync(text, CancellationToken.None);
        float[] asPassage = (await arctic.EmbedAsync([text], CancellationToken.None))[0];
        float[] withInstruction = arctic.Embed([text], LocalModel.ArcticXs.QueryPrefix, CancellationToken.None)[0];

        Assert.NotEqual(asPassage, asQuery);
        Assert.Equal(withInstruction, asQuery);
    }

    [Fact]
    public void Embed_FromSeveralThreadsAtOnce_GivesTheSameVectorsAsOneAtATime()
    {
        OnnxEmbeddingProvider provider = models.For("minilm");
        string[] texts = Enumerable.Range(0, 40).Select(i => $"Round {i} of the talks on visas and embassy staffing ended on day {i % 7}.").ToArray();
        float[][] sequential = texts.Select(t => provider.Embed([t], string.Empty, CancellationToken.None)[0]).ToArray();

        var parallel = new float[texts.Length][];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = provider.Embed([texts[i]], string.Empty, CancellationToken.None)[0]);
        float[][] batched = provider.Embed(texts, string.Empty, CancellationToken.None);

        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
            Assert.True(Cosine(sequential[i], batched[i]) > 0.9999f);
        }
    }

    [Fact]
    public async Task Disposing_WhileOtherThreadsEmbed_WaitsForTheirRuns_ThenRefusesNewOnes()
    {
        // Float weights: a session of its own, not the one the other tests share, so disposing it releases the model.
        var provider = new OnnxEmbeddingProvider(LocalModel.Find("minilm")!, threads: 1, quantize: false);
        provider.Load();
        int embedded = 0;
        using var started = new CountdownEvent(3);
        Task<Exception?>[] workers = Enumerable.Range(0, 3).Select(w => Task.Run<Exception?>(() =>
        {
            started.Signal();
            try
            {
                for (int i = 0; i < 100_000; i++)
                {
                    float[] vector = provider.Embed([$"Worker {w} asks about round {i} of the talks."], string.Empty, CancellationToken.None)[0];
                    Assert.Equal(384, vector.Length);
                    Interlocked.Increment(ref embedded);
                }

                return null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        })).ToArray();

        Assert.True(started.Wait(TimeSpan.FromSeconds(30)));
        SpinWait.SpinUntil(() => Volatile.Read(ref embedded) >= 6, TimeSpan.FromSeconds(30));
        provider.Dispose();
        Exception?[] outcomes = await Task.WhenAll(workers);

        Assert.True(embedded >= 6);
        Assert.All(outcomes, e => Assert.IsType<ObjectDisposedException>(e));
        Assert.Throws<ObjectDisposedException>(() => provider.Embed(["After."], string.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task Disposing_WhileTheModelLoadsInTheBackground_WaitsForTheLoad_OrRefusesIt()
    {
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var provider = new OnnxEmbeddingProvider(LocalModel.Find("minilm")!, threads: 1, quantize: false);
            Task<TimeSpan> loading = Task.Run(provider.Load);
            await Task.Delay(attempt * 100);

            provider.Dispose();

            // Either the load ended before the release began, or it is refused: a load that the release waited for (or
            // that the release itself ran) hands out no released model.
            Exception? refused = await Record.ExceptionAsync(() => loading);
            Assert.True(refused is null or ObjectDisposedException, refused?.ToString());
            Assert.Throws<ObjectDisposedException>(() => provider.Embed(["After."], string.Empty, CancellationToken.None));
        }
    }

    [Fact]
    public void Embed_TakesEmptyLongAndOddText()
    {
        OnnxEmbeddingProvider provider = models.For("minilm");
        string huge = string.Join(' ', Enumerable.Repeat("negotiations", 5000));

        float[][] vectors = provider.Embed([string.Empty, huge, "\u0000\uFFFD 🙂 ﻿ <script>alert(1)</script>", "Ünïcödé façade naïve"], string.Empty, CancellationToken.None);

        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors, v => Assert.All(v, x => Assert.True(float.IsFinite(x))));
    }

    [Fact]
    public void Embed_StopsWhenCancelled()
    {
        OnnxEmbeddingProvider provider = models.For("minilm");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => provider.Embed(Enumerable.Repeat("A sentence.", 100).ToList(), string.Empty, cancelled.Token));
    }

    [Fact]
    public void Options_NameEachBadKey()
    {
        var options = new EmbeddingsOptions { Provider = "cloud", Model = "gpt", Threads = -1, BatchSize = 0, MaxTokens = 4, CheckSeconds = 0 };

        var failures = options.Failures().ToList();

        Assert.Contains(failures, f => f.StartsWith("Embeddings:Provider", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Embeddings:Threads", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Embeddings:BatchSize", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Embeddings:MaxTokens", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Embeddings:CheckSeconds", StringComparison.Ordinal));
        Assert.Empty(new EmbeddingsOptions().Failures());
        Assert.Contains(new EmbeddingsOptions { Model = "gpt" }.Failures(), f => f.StartsWith("Embeddings:Model", StringComparison.Ordinal));
    }
}

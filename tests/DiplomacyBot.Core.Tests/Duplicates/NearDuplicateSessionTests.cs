using CsCheck;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Duplicates;

namespace DiplomacyBot.Core.Tests.Duplicates;

/// <summary>The compact linking session makes exactly the links, notes and saved records the object-per-article one made.</summary>
public sealed class NearDuplicateSessionTests
{
    private const double Threshold = 0.7;

    /// <summary>One article version: which of a few ids, which of a few stories and how far its copy strays, its dates.</summary>
    private sealed record Version(int Id, int Story, int Changed, bool Short, int? Day, int Ingested);

    private static readonly Gen<Version> AnyVersion =
        Gen.Select(Gen.Int[0, 24], Gen.Int[0, 3], Gen.Int[0, 30], Gen.Int[0, 9], Gen.Int[0, 6], Gen.Int[0, 5])
            .Select((id, story, changed, shortness, day, ingested) => new Version(id, story, changed, shortness == 0, day == 6 ? null : day, ingested));

    private static readonly Gen<List<Version[]>> Batches = AnyVersion.Array[1, 8].List[1, 12];

    private static ulong[] StorySignature(int story) =>
        Enumerable.Range(0, MinHash.Size).Select(i => MinHash.Mix((ulong)((story * 1000) + i))).ToArray();

    private static (List<(Article Article, ulong[]? Signature)> Batch, int Serial) Build(Version[] versions, int serial)
    {
        var batch = new List<(Article, ulong[]?)>();
        foreach (Version v in versions.DistinctBy(v => v.Id))
        {
            serial++;
            ulong[]? signature = null;
            if (!v.Short)
            {
                signature = StorySignature(v.Story);
                for (int i = 0; i < v.Changed; i++)
                {
                    signature[(i * 37) % MinHash.Size] = MinHash.Mix((ulong)((serial * 100) + i));
                }
            }

            var article = new Article
            {
                Id = $"a{v.Id}",
                Source = $"a{v.Id}.txt",
                Title = "t",
                Published = new PublicationDate(v.Day is { } d ? new DateOnly(2025, 1, 1).AddDays(d) : null, DateBasis.Metadata, [], []),
                OriginalText = string.Empty,
                Paragraphs = [],
                Sentences = [],
                ContentHash = $"hash-{serial}",
                IngestedAt = DateTimeOffset.UnixEpoch.AddMinutes(v.Ingested),
            };
            batch.Add((article, signature));
        }

        return (batch, serial);
    }

    [Fact]
    public void Link_MatchesTheObjectPerArticleSession_BatchByBatch_AndAfterReloading() => LinkMatchesReference(iter: 60);

    /// <summary>The same property, five times as many samples.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Link_MatchesTheObjectPerArticleSession_BatchByBatch_AndAfterReloading_Long() => LinkMatchesReference(iter: 300);

    private static void LinkMatchesReference(int iter)
    {
        Gen.Select(Batches, Gen.Int[0, 12]).Sample((batches, reloadAt) =>
        {
            var compactStore = new MemoryNearDuplicateStore();
            var referenceStore = new MemoryNearDuplicateStore();
            var compact = new NearDuplicateLinker.Session(compactStore, Threshold);
            var reference = new ReferenceSession(referenceStore, Threshold);
            int serial = 0;
            for (int b = 0; b < batches.Count; b++)
            {
                if (b == reloadAt)
                {
                    compact = new NearDuplicateLinker.Session(compactStore, Threshold);
                    compact.Load(compactStore.NearDuplicateRecords());
                    reference = new ReferenceSession(referenceStore, Threshold);
                    reference.Load(referenceStore.NearDuplicateRecords());
                }

                (var batch, serial) = Build(batches[b], serial);
                var signatures = new Dictionary<Article, ulong[]?>(ReferenceEqualityComparer.Instance);
                foreach (var (article, signature) in batch)
                {
                    signatures[article] = signature;
                }

                var articles = batch.Select(x => x.Article).ToList();
                var expected = reference.Link(articles, signatures).Select(n => n.ToString()).ToList();
                var actual = compact.Link(articles, signatures).Select(n => n.ToString()).ToList();

                Assert.Equal(expected, actual);
                Assert.Equal(referenceStore.Snapshot(), compactStore.Snapshot());
            }
        }, iter: iter);
    }
}

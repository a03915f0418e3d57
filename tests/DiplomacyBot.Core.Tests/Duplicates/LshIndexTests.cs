using CsCheck;
using DiplomacyBot.Core.Duplicates;

namespace DiplomacyBot.Core.Tests.Duplicates;

public sealed class LshIndexTests
{
    /// <summary>Ids whose ordinal order differs from their numbers' ("m10" before "m2").</summary>
    private static string Id(int member) => $"m{member}";

    private static readonly IComparer<int> ById = Comparer<int>.Create((a, b) => string.CompareOrdinal(Id(a), Id(b)));

    /// <summary>Signatures drawn from a few values per position, so bands collide often and buckets overflow.</summary>
    private static readonly Gen<ulong[]> Signature =
        Gen.Int[1, 3].SelectMany(variety => Gen.ULong[0, (ulong)variety - 1].Array[MinHash.Size]);

    private abstract record Step;

    private sealed record AddStep(ulong[] Signature) : Step;

    private sealed record RemoveStep(int Pick) : Step;

    private sealed record QueryStep(ulong[] Signature, int Limit) : Step;

    private static readonly Gen<Step> AnyStep = Gen.Frequency(
        (6, Signature.Select(s => (Step)new AddStep(s))),
        (1, Gen.Int[0, 1000].Select(p => (Step)new RemoveStep(p))),
        (3, Signature.Select(Gen.Int[1, 40]).Select((s, l) => (Step)new QueryStep(s, l))));

    [Fact]
    public void Candidates_AreThoseOfTheBucketListIndex_ThroughAddsRemovesAndFullBuckets()
    {
        AnyStep.Array[1, 300].Sample(steps =>
        {
            var compact = new LshIndex();
            var reference = new ReferenceLshIndex();
            var present = new List<(int Member, ulong[] Signature)>();
            int next = 0;
            foreach (Step step in steps)
            {
                switch (step)
                {
                    case AddStep add:
                        compact.Add(next, add.Signature);
                        reference.Add(Id(next), add.Signature);
                        present.Add((next++, add.Signature));
                        break;
                    case RemoveStep remove when present.Count > 0:
                        var (member, signature) = present[remove.Pick % present.Count];
                        present.RemoveAt(remove.Pick % present.Count);
                        compact.Remove(member, signature);
                        reference.Remove(Id(member), signature);
                        break;
                    case QueryStep query:
                        Assert.Equal(reference.Candidates(query.Signature, query.Limit), compact.Candidates(query.Signature, query.Limit, ById).Select(Id));
                        break;
                }
            }
        });
    }

    [Fact]
    public void Candidates_AreThoseOfTheBucketListIndex_AcrossManyMerges()
    {
        var random = new Random(7);
        ulong[] Draw() => Enumerable.Range(0, MinHash.Size).Select(_ => (ulong)random.Next(0, 6)).ToArray();
        var compact = new LshIndex();
        var reference = new ReferenceLshIndex();
        var signatures = new List<ulong[]>();
        for (int member = 0; member < 12_000; member++)
        {
            ulong[] signature = Draw();
            signatures.Add(signature);
            compact.Add(member, signature);
            reference.Add(Id(member), signature);
            if (member % 7 == 3)
            {
                int gone = random.Next(0, member);
                compact.Remove(gone, signatures[gone]);
                reference.Remove(Id(gone), signatures[gone]);
            }
        }

        for (int i = 0; i < 200; i++)
        {
            ulong[] probe = i % 2 == 0 ? signatures[random.Next(signatures.Count)] : Draw();
            Assert.Equal(reference.Candidates(probe, 32), compact.Candidates(probe, 32, ById).Select(Id));
        }
    }

    [Fact]
    public void Candidates_OfAnUnrelatedSignature_AreNone_AndAMemberMeetsItself()
    {
        var random = new Random(1);
        ulong[] Draw() => Enumerable.Range(0, MinHash.Size).Select(_ => (ulong)random.NextInt64()).ToArray();
        var index = new LshIndex();
        ulong[] stored = Draw();
        index.Add(5, stored);

        Assert.Empty(index.Candidates(Draw(), 32, ById));
        Assert.Equal([5], index.Candidates(stored, 32, ById));
        index.Remove(5, stored);
        Assert.Empty(index.Candidates(stored, 32, ById));
    }
}

using CsCheck;
using DiplomacyBot.Core.Duplicates;

namespace DiplomacyBot.Core.Tests.Duplicates;

public sealed class SignatureFingerprintsTests
{
    [Fact]
    public void UpperSimilarity_IsNeverBelowTheSimilarityOfTheFullSignatures_AndEqualForDistinctLowBytes()
    {
        var value = Gen.ULong[0, 2000];
        Gen.Select(value.Array[MinHash.Size], value.Array[MinHash.Size], Gen.Int[0, 10_000]).Sample((stored, probe, member) =>
        {
            var fingerprints = new SignatureFingerprints();
            fingerprints.Set(member, stored);

            double exact = MinHash.Similarity(stored, probe);
            double upper = fingerprints.UpperSimilarity(member, probe);

            Assert.True(upper >= exact, $"{upper} < {exact}");
            if (stored.Concat(probe).All(v => v < 256))
            {
                Assert.Equal(exact, upper);
            }
        });
    }

    [Fact]
    public void Set_KeepsEachMemberApart_AcrossPages()
    {
        var fingerprints = new SignatureFingerprints();
        ulong[] Of(int member) => Enumerable.Range(0, MinHash.Size).Select(i => (ulong)((member * 7) + i)).ToArray();
        int[] members = [0, 1, 4095, 4096, 9000, 3];
        foreach (int member in members)
        {
            fingerprints.Set(member, Of(member));
        }

        foreach (int member in members)
        {
            Assert.Equal(1.0, fingerprints.UpperSimilarity(member, Of(member)));
            Assert.True(fingerprints.UpperSimilarity(member, Of(member + 1)) < 0.1);
        }

        Assert.Throws<ArgumentException>(() => fingerprints.Set(2, new ulong[3]));
    }
}

using CsCheck;
using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Tests.Ingestion;

public sealed class ContentHashIndexTests
{
    [Fact]
    public void Lookups_MatchTwoDictionariesOfTheHashTexts_ThroughLoadingAndUpdates()
    {
        var pair = Gen.Select(Gen.Int[0, 12], Gen.Int[0, 8]).Select((id, hash) => (Id: $"id{id}", Hash: $"{hash:x2}{new string('f', hash)}"));
        Gen.Select(pair.Array[0, 15], pair.Array[0, 30]).Sample((stored, updates) =>
        {
            var hashById = new Dictionary<string, string>(StringComparer.Ordinal);
            var idByHash = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (id, hash) in stored)
            {
                hashById[id] = hash;
            }

            foreach (var (id, hash) in hashById)
            {
                idByHash.TryAdd(hash, id);
            }

            var index = ContentHashIndex.Of(hashById);
            foreach (var (id, hash) in updates)
            {
                Assert.Equal(hashById.ContainsKey(id), index.Contains(id));
                Assert.Equal(hashById.TryGetValue(id, out string? held) && held == hash, index.Holds(id, hash));
                Assert.Equal(idByHash.GetValueOrDefault(hash), index.HolderOf(hash));

                if (hashById.TryGetValue(id, out string? former) && idByHash.TryGetValue(former, out string? holder) && holder == id)
                {
                    idByHash.Remove(former);
                }

                hashById[id] = hash;
                idByHash.TryAdd(hash, id);
                index.Set(id, hash);
            }

            Assert.Equal(hashById.Count, index.Count);
            Assert.Equal(hashById.Keys.Order(StringComparer.Ordinal), index.Ids.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Key_OfAFullLengthHash_TellsHashesThatDifferOnlyAtTheEndApart()
    {
        string a = new string('0', 63) + "1";
        string b = new string('0', 63) + "2";
        var index = ContentHashIndex.Of([new KeyValuePair<string, string>("x", a)]);

        Assert.True(index.Holds("x", a));
        Assert.False(index.Holds("x", b));
        Assert.Null(index.HolderOf(b));
    }
}

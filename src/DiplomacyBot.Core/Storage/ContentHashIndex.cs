using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DiplomacyBot.Core.Storage;

/// <summary>
/// The content hash of every stored article by id, and for each hash the article that holds it: what ingestion checks
/// every article against. Hashes are kept as 128-bit digests of the stored hash text rather than the text itself, so
/// a store of hundreds of thousands of articles costs a few tens of megabytes.
/// </summary>
public sealed class ContentHashIndex
{
    private readonly Dictionary<string, UInt128> hashById = new(StringComparer.Ordinal);
    private readonly Dictionary<UInt128, string> idByHash = [];

    /// <summary>The index of these (id, hash) pairs; a hash held by several ids is held by the first of them.</summary>
    public static ContentHashIndex Of(IEnumerable<KeyValuePair<string, string>> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var index = new ContentHashIndex();
        foreach ((string id, string hash) in hashes)
        {
            UInt128 key = Key(hash);
            index.hashById[id] = key;
            index.idByHash.TryAdd(key, id);
        }

        return index;
    }

    public int Count => hashById.Count;

    public IEnumerable<string> Ids => hashById.Keys;

    public bool Contains(string id) => hashById.ContainsKey(id);

    /// <summary>Whether the article is stored with exactly this content hash.</summary>
    public bool Holds(string id, string hash) => hashById.TryGetValue(id, out UInt128 key) && key == Key(hash);

    /// <summary>The id of an article stored with this content hash, or null.</summary>
    public string? HolderOf(string hash) => idByHash.TryGetValue(Key(hash), out string? id) ? id : null;

    /// <summary>Records that the article is now stored with this hash; its former hash no longer leads to it.</summary>
    public void Set(string id, string hash)
    {
        ArgumentNullException.ThrowIfNull(id);
        UInt128 key = Key(hash);
        if (hashById.TryGetValue(id, out UInt128 former) && idByHash.TryGetValue(former, out string? holder) && holder == id)
        {
            idByHash.Remove(former);
        }

        hashById[id] = key;
        idByHash.TryAdd(key, id);
    }

    /// <summary>The first 128 bits of the SHA-256 of the hash text: equal texts give equal keys, distinct ones never meet in practice.</summary>
    internal static UInt128 Key(string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        int length = Encoding.UTF8.GetMaxByteCount(hash.Length);
        byte[]? rented = null;
        Span<byte> bytes = length <= 512 ? stackalloc byte[512] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length));
        try
        {
            int written = Encoding.UTF8.GetBytes(hash, bytes);
            SHA256.HashData(bytes[..written], digest);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }

        return new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(digest), BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]));
    }
}

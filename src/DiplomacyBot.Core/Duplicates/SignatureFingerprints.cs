namespace DiplomacyBot.Core.Duplicates;

/// <summary>
/// The low byte of each value of each member's MinHash signature, packed in fixed-size pages: 64 bytes a signature
/// instead of 512. Two signatures agree wherever their fingerprints do and possibly a little more often, so the share
/// of agreeing fingerprints bounds the similarity from above: a pair whose bound misses the threshold cannot reach it,
/// and only the few that might need their full signatures.
/// </summary>
internal sealed class SignatureFingerprints
{
    /// <summary>Signatures per page: 4,096 of 64 bytes is a quarter of a megabyte.</summary>
    private const int PageSignatures = 4096;

    private readonly List<byte[]> pages = [];

    public void Set(int member, ReadOnlySpan<ulong> signature)
    {
        if (signature.Length != MinHash.Size)
        {
            throw new ArgumentException($"a signature has {MinHash.Size} values, not {signature.Length}", nameof(signature));
        }

        Span<byte> slot = Slot(member);
        for (int i = 0; i < slot.Length; i++)
        {
            slot[i] = (byte)signature[i];
        }
    }

    /// <summary>
    /// The share of positions where the member's fingerprint agrees with the signature: at least the similarity
    /// <see cref="MinHash.Similarity"/> gives for the member's full signature.
    /// </summary>
    public double UpperSimilarity(int member, ReadOnlySpan<ulong> signature)
    {
        ReadOnlySpan<byte> slot = Slot(member);
        if (signature.Length != slot.Length)
        {
            return 0;
        }

        int same = 0;
        for (int i = 0; i < slot.Length; i++)
        {
            if (slot[i] == (byte)signature[i])
            {
                same++;
            }
        }

        return (double)same / slot.Length;
    }

    private Span<byte> Slot(int member)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(member);
        int page = member / PageSignatures;
        while (pages.Count <= page)
        {
            pages.Add(new byte[PageSignatures * MinHash.Size]);
        }

        return pages[page].AsSpan((member % PageSignatures) * MinHash.Size, MinHash.Size);
    }
}

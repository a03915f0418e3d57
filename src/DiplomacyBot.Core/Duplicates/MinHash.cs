using System.Runtime.Intrinsics;

namespace DiplomacyBot.Core.Duplicates;

/// <summary>
/// MinHash over word shingles: each of <see cref="Size"/> hash functions keeps the smallest value it gives any shingle,
/// and the share of positions where two signatures agree estimates the Jaccard similarity of their shingle sets.
/// Words are runs of letters and digits, lower-cased, so punctuation, spacing and case do not tell copies apart.
/// </summary>
public static class MinHash
{
    /// <summary>Hash functions per signature; the estimate's standard error at similarity 0.8 is about 0.05.</summary>
    public const int Size = 64;

    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 4;

    /// <summary>
    /// Fewer shingles (about this many words) and a text is too short to call a near-duplicate: short wire items built
    /// from one template ("Shr 10 cts vs 5 cts") differ only in their figures. Exact copies are caught by hash.
    /// </summary>
    public const int MinShingles = 40;

    private static readonly ulong[] Seeds = CreateSeeds();

    /// <summary>The signature of a text, or null when it has fewer than <see cref="MinShingles"/> distinct shingles.</summary>
    public static ulong[]? Signature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shingles = Shingles(text);
        if (shingles.Count < MinShingles)
        {
            return null;
        }

        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        if (Vector512.IsHardwareAccelerated)
        {
            MinOver512(shingles, signature);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            MinOver256(shingles, signature);
        }
        else
        {
            foreach (ulong shingle in shingles)
            {
                for (int i = 0; i < Size; i++)
                {
                    ulong value = Mix(shingle ^ Seeds[i]);
                    if (value < signature[i])
                    {
                        signature[i] = value;
                    }
                }
            }
        }

        return signature;
    }

    /// <summary>The same minima as the scalar loop, eight hash functions at a time (integer arithmetic, so exactly equal).</summary>
    private static void MinOver512(HashSet<ulong> shingles, ulong[] signature)
    {
        const int Lanes = 8;
        Span<Vector512<ulong>> seeds = stackalloc Vector512<ulong>[Size / Lanes];
        Span<Vector512<ulong>> minima = stackalloc Vector512<ulong>[Size / Lanes];
        for (int k = 0; k < seeds.Length; k++)
        {
            seeds[k] = Vector512.Create<ulong>(Seeds.AsSpan(k * Lanes, Lanes));
            minima[k] = Vector512<ulong>.AllBitsSet;
        }

        foreach (ulong shingle in shingles)
        {
            Vector512<ulong> s = Vector512.Create(shingle);
            for (int k = 0; k < seeds.Length; k++)
            {
                minima[k] = Vector512.Min(minima[k], Mix(s ^ seeds[k]));
            }
        }

        for (int k = 0; k < minima.Length; k++)
        {
            minima[k].CopyTo(signature, k * Lanes);
        }
    }

    private static void MinOver256(HashSet<ulong> shingles, ulong[] signature)
    {
        const int Lanes = 4;
        Span<Vector256<ulong>> seeds = stackalloc Vector256<ulong>[Size / Lanes];
        Span<Vector256<ulong>> minima = stackalloc Vector256<ulong>[Size / Lanes];
        for (int k = 0; k < seeds.Length; k++)
        {
            seeds[k] = Vector256.Create<ulong>(Seeds.AsSpan(k * Lanes, Lanes));
            minima[k] = Vector256<ulong>.AllBitsSet;
        }

        foreach (ulong shingle in shingles)
        {
            Vector256<ulong> s = Vector256.Create(shingle);
            for (int k = 0; k < seeds.Length; k++)
            {
                minima[k] = Vector256.Min(minima[k], Mix(s ^ seeds[k]));
            }
        }

        for (int k = 0; k < minima.Length; k++)
        {
            minima[k].CopyTo(signature, k * Lanes);
        }
    }

    private static Vector512<ulong> Mix(Vector512<ulong> x)
    {
        x += Vector512.Create(0x9E3779B97F4A7C15UL);
        x = (x ^ Vector512.ShiftRightLogical(x, 30)) * Vector512.Create(0xBF58476D1CE4E5B9UL);
        x = (x ^ Vector512.ShiftRightLogical(x, 27)) * Vector512.Create(0x94D049BB133111EBUL);
        return x ^ Vector512.ShiftRightLogical(x, 31);
    }

    private static Vector256<ulong> Mix(Vector256<ulong> x)
    {
        x += Vector256.Create(0x9E3779B97F4A7C15UL);
        x = (x ^ Vector256.ShiftRightLogical(x, 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        x = (x ^ Vector256.ShiftRightLogical(x, 27)) * Vector256.Create(0x94D049BB133111EBUL);
        return x ^ Vector256.ShiftRightLogical(x, 31);
    }

    /// <summary>The estimated Jaccard similarity of the texts two signatures were made from, between 0 and 1.</summary>
    public static double Similarity(IReadOnlyList<ulong> a, IReadOnlyList<ulong> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SimilarityOf([.. a], [.. b]);
    }

    /// <summary>The same estimate over signatures held as spans (of equal length).</summary>
    internal static double SimilarityOf(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        int same = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    /// <summary>The distinct shingles of a text, each as a 64-bit hash of its words.</summary>
    internal static HashSet<ulong> Shingles(string text)
    {
        var words = new List<ulong>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            ulong hash = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }

            words.Add(hash);
        }

        var shingles = new HashSet<ulong>();
        for (int start = 0; start + ShingleWords <= words.Count; start++)
        {
            ulong shingle = 0;
            for (int k = 0; k < ShingleWords; k++)
            {
                shingle = Mix(shingle ^ words[start + k]);
            }

            shingles.Add(shingle);
        }

        return shingles;
    }

    /// <summary>SplitMix64's finaliser: a fast, well-spread bijection on 64-bit values.</summary>
    internal static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        // Fixed seeds: signatures are stored, so every run must use the same hash functions.
        var seeds = new ulong[Size];
        ulong state = 0x5DEECE66DUL;
        for (int i = 0; i < Size; i++)
        {
            state = Mix(state);
            seeds[i] = state;
        }

        return seeds;
    }
}

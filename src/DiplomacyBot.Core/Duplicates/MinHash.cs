using System.Numerics;

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
        if (Vector.IsHardwareAccelerated && Size % Vector<ulong>.Count == 0)
        {
            MinOverVectors(shingles, signature);
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

    /// <summary>
    /// The same minima as the scalar loop, as many hash functions at a time as a hardware vector holds (four or eight);
    /// integer arithmetic, so exactly equal.
    /// </summary>
    private static void MinOverVectors(HashSet<ulong> shingles, ulong[] signature)
    {
        int lanes = Vector<ulong>.Count;
        Span<Vector<ulong>> seeds = stackalloc Vector<ulong>[Size / lanes];
        Span<Vector<ulong>> minima = stackalloc Vector<ulong>[Size / lanes];
        for (int k = 0; k < seeds.Length; k++)
        {
            seeds[k] = new Vector<ulong>(Seeds.AsSpan(k * lanes, lanes));
            minima[k] = Vector<ulong>.AllBitsSet;
        }

        foreach (ulong shingle in shingles)
        {
            var s = new Vector<ulong>(shingle);
            for (int k = 0; k < seeds.Length; k++)
            {
                minima[k] = Vector.Min(minima[k], Mix(s ^ seeds[k]));
            }
        }

        for (int k = 0; k < minima.Length; k++)
        {
            minima[k].CopyTo(signature, k * lanes);
        }
    }

    // Inlined into the vector loop: called on its own, it ran unoptimised code (it has no loop of its own) for the
    // whole of a short ingest, each vector operation a call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Vector<ulong> Mix(Vector<ulong> x)
    {
        x += new Vector<ulong>(0x9E3779B97F4A7C15UL);
        x = (x ^ Vector.ShiftRightLogical(x, 30)) * new Vector<ulong>(0xBF58476D1CE4E5B9UL);
        x = (x ^ Vector.ShiftRightLogical(x, 27)) * new Vector<ulong>(0x94D049BB133111EBUL);
        return x ^ Vector.ShiftRightLogical(x, 31);
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

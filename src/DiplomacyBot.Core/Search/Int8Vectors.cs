using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DiplomacyBot.Core.Search;

/// <summary>
/// Unit vectors stored as one signed byte per dimension and one scale per vector (symmetric int8 quantisation): a
/// quarter of the memory of floats, and a cosine similarity that differs from the float one by about 0.001.
/// </summary>
public static class Int8Vectors
{
    /// <summary>
    /// Writes <paramref name="vector"/>, normalised to unit length, as bytes into <paramref name="destination"/> and
    /// returns the scale that turns them back into floats. A zero vector is all zeros with scale 0.
    /// </summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> destination)
    {
        if (destination.Length != vector.Length)
        {
            throw new ArgumentException($"the destination holds {destination.Length} values, the vector {vector.Length}", nameof(destination));
        }

        float norm = TensorPrimitives.Norm(vector);
        float largest = vector.Length == 0 ? 0 : TensorPrimitives.MaxMagnitude(vector);
        if (norm <= 0 || largest == 0 || !float.IsFinite(norm) || !float.IsFinite(largest))
        {
            destination.Clear();
            return 0;
        }

        float step = MathF.Abs(largest) / 127f;
        for (int i = 0; i < vector.Length; i++)
        {
            destination[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / step), -127, 127);
        }

        return step / norm;
    }

    /// <summary>The dot product of two quantised vectors, before scaling.</summary>
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"vectors of {a.Length} and {b.Length} dimensions");
        }

        int i = 0;
        int sum = 0;
        if (Avx2.IsSupported && a.Length >= 32)
        {
            // |a| times b carrying a's sign, multiplied as unsigned by signed bytes and summed in adjacent pairs, then
            // pairs of those: exact, as quantised values lie in [-127, 127] and a pair's sum stays within 16 bits.
            ref sbyte pa = ref MemoryMarshal.GetReference(a);
            ref sbyte pb = ref MemoryMarshal.GetReference(b);
            Vector256<int> acc = Vector256<int>.Zero;
            Vector256<short> ones = Vector256.Create((short)1);
            for (; i + 32 <= a.Length; i += 32)
            {
                Vector256<sbyte> va = Vector256.LoadUnsafe(ref pa, (nuint)i);
                Vector256<sbyte> vb = Vector256.LoadUnsafe(ref pb, (nuint)i);
                Vector256<short> pairs = Avx2.MultiplyAddAdjacent(Avx2.Abs(va), Avx2.Sign(vb, va));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(pairs, ones));
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>The cosine similarity of two quantised unit vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Similarity(ReadOnlySpan<sbyte> a, float scaleA, ReadOnlySpan<sbyte> b, float scaleB) => Dot(a, b) * scaleA * scaleB;
}

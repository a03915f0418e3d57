using DiplomacyBot.Core.Search;

namespace DiplomacyBot.Core.Tests.Search;

public sealed class Int8VectorsTests
{
    [Theory]
    [InlineData(384)]
    [InlineData(33)]
    [InlineData(7)]
    public void Dot_equals_the_plain_sum_of_products_for_any_quantised_values(int dimensions)
    {
        var random = new Random(dimensions);
        for (int trial = 0; trial < 200; trial++)
        {
            var a = new sbyte[dimensions];
            var b = new sbyte[dimensions];
            for (int i = 0; i < dimensions; i++)
            {
                // Extremes included: every value a quantised vector can hold, [-127, 127].
                a[i] = trial % 10 == 0 ? (sbyte)(i % 2 == 0 ? 127 : -127) : (sbyte)random.Next(-127, 128);
                b[i] = trial % 10 == 0 ? (sbyte)(i % 3 == 0 ? -127 : 127) : (sbyte)random.Next(-127, 128);
            }

            int expected = 0;
            for (int i = 0; i < dimensions; i++)
            {
                expected += a[i] * b[i];
            }

            Assert.Equal(expected, Int8Vectors.Dot(a, b));
        }
    }

    [Fact]
    public void Similarity_of_quantised_unit_vectors_is_close_to_their_cosine()
    {
        var random = new Random(7);
        float[] x = [.. Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5))];
        float[] y = [.. x.Select(v => v + (float)((random.NextDouble() - 0.5) * 0.3))];
        var qx = new sbyte[384];
        var qy = new sbyte[384];
        float sx = Int8Vectors.Quantize(x, qx);
        float sy = Int8Vectors.Quantize(y, qy);

        double cosine = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(x, y);
        Assert.InRange(Int8Vectors.Similarity(qx, sx, qy, sy), cosine - 0.01, cosine + 0.01);
    }
}

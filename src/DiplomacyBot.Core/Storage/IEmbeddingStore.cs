namespace DiplomacyBot.Core.Storage;

/// <summary>
/// Stored sentence vectors, one record per article and model (the system of record for vectors: a model's vector
/// index is derived from it), so switching models is safe and vectors of several models live side by side.
/// </summary>
public interface IEmbeddingStore
{
    /// <summary>The articles that have vectors under <paramref name="model"/>, each with the content hash they were embedded from.</summary>
    IReadOnlyDictionary<string, string> ContentHashes(string model);

    IEnumerable<ArticleVectors> All(string model);

    ArticleVectors? Get(string model, string articleId);

    /// <summary>Stores one batch in one transaction: after an interruption a batch is wholly present or absent.</summary>
    void Save(IReadOnlyList<ArticleVectors> batch);

    /// <summary>Removes the model's vectors of these articles (changed or removed since they were embedded).</summary>
    int Remove(string model, IReadOnlyCollection<string> articleIds);

    /// <summary>The models that have stored vectors (or had them).</summary>
    IReadOnlyList<string> Models();

    /// <summary>How many sentence vectors the model has.</summary>
    int Count(string model);

    /// <summary>Changes with every save or removal for the model: a vector index records the version it reflects.</summary>
    long Version(string model);

    /// <summary>
    /// The articles whose vectors under <paramref name="model"/> were saved or removed at a version after
    /// <paramref name="version"/>, so a vector index can catch up without a rebuild; null when the store keeps no such
    /// log and only a rebuild can catch up.
    /// </summary>
    VectorChanges? ChangedSince(string model, long version) => null;
}

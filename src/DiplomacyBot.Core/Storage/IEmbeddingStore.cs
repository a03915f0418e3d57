namespace DiplomacyBot.Core.Storage;

/// <summary>Stored sentence vectors, keyed by article id, sentence index and model name, so switching models is safe.</summary>
public interface IEmbeddingStore
{
    /// <summary>The keys already stored for <paramref name="model"/>, each with the content hash it was embedded from.</summary>
    IReadOnlyDictionary<(string ArticleId, int SentenceIndex), string> Keys(string model);

    IEnumerable<SentenceEmbedding> All(string model);

    /// <summary>Stores one batch in one transaction: after an interruption a batch is wholly present or absent.</summary>
    void Save(IReadOnlyList<SentenceEmbedding> batch);

    /// <summary>Removes the model's vectors for these keys (sentences of changed or removed articles).</summary>
    int Remove(string model, IReadOnlyCollection<(string ArticleId, int SentenceIndex)> keys);

    int Count(string model);
}

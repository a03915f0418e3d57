namespace DiplomacyBot.Core.Search;

/// <summary>
/// Turns texts into vectors with one named model; one call is one batch. Passages (stored sentences) and queries
/// (questions) are embedded apart, since some models want an instruction before a query and none before a passage.
/// </summary>
public interface IEmbeddingProvider
{
    /// <summary>The model's name: vectors of different models are never compared.</summary>
    string Model { get; }

    /// <summary>Vectors of stored text, one per input, in order.</summary>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);

    /// <summary>The vector of a question, comparable with the passages' vectors.</summary>
    async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken) =>
        (await EmbedAsync([query], cancellationToken).ConfigureAwait(false))[0];
}

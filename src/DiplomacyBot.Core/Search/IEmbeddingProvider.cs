namespace DiplomacyBot.Core.Search;

/// <summary>Turns texts into vectors with one named model; one call is one batch.</summary>
public interface IEmbeddingProvider
{
    /// <summary>The model's name: vectors of different models are never compared.</summary>
    string Model { get; }

    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}

using DiplomacyBot.Core;

namespace DiplomacyBot.Embeddings.Onnx;

/// <summary>
/// Configuration section "Embeddings": where sentence vectors come from. <c>local</c> (the default) runs a small
/// sentence-embedding model in process with ONNX Runtime, from the model file shipped inside its NuGet package: no key,
/// no network. <c>openai</c> uses the <c>Llm</c> endpoint's <c>Llm:EmbeddingModel</c>; <c>none</c> is BM25 alone.
/// </summary>
public sealed class EmbeddingsOptions
{
    public const string Section = "Embeddings";

    public const string Local = "local";
    public const string OpenAi = "openai";
    public const string None = "none";

    public string Provider { get; set; } = Local;

    /// <summary>The local model: <c>arctic-xs</c> (default) or <c>minilm</c> (see <see cref="LocalModel"/>).</summary>
    public string Model { get; set; } = LocalModel.ArcticXs.Name;

    /// <summary>Run the local model with int8 weights: about four times faster, vectors within a cosine of 0.998.</summary>
    public bool Quantize { get; set; } = true;

    /// <summary>
    /// Where the model file is kept once made (quantised) from the package, for every store on the machine; empty means
    /// the user's local application data folder (DiplomacyBot/models).
    /// </summary>
    public string ModelCache { get; set; } = string.Empty;

    public string EffectiveModelCache => string.IsNullOrWhiteSpace(ModelCache)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "DiplomacyBot", "models")
        : ModelCache;

    /// <summary>Threads that embed at once during ingestion; 0 means one per core.</summary>
    public int Threads { get; set; }

    /// <summary>Sentences embedded and saved per batch (one store transaction each).</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>Word pieces read from each sentence; the rest of a longer one is not embedded.</summary>
    public int MaxTokens { get; set; } = 128;

    /// <summary>How often <c>serve</c> looks for sentences with no vector yet (only when the store has changed).</summary>
    public double CheckSeconds { get; set; } = 30;

    public bool IsLocal => string.Equals(Provider, Local, StringComparison.OrdinalIgnoreCase);

    public bool IsOpenAi => string.Equals(Provider, OpenAi, StringComparison.OrdinalIgnoreCase);

    public bool IsNone => string.Equals(Provider, None, StringComparison.OrdinalIgnoreCase);

    public int EffectiveThreads => Threads > 0 ? Threads : Math.Max(1, Environment.ProcessorCount);

    /// <summary>Every bad key, named by its configuration path.</summary>
    public IEnumerable<string> Failures()
    {
        if (!IsLocal && !IsOpenAi && !IsNone)
        {
            yield return $"Embeddings:Provider must be local, openai or none (not '{Provider}')";
        }

        if (IsLocal && LocalModel.Find(Model) is null)
        {
            yield return $"Embeddings:Model must be one of {string.Join(", ", LocalModel.All.Select(m => m.Name))} (not '{Model}')";
        }

        if (Threads is < 0 or > 64)
        {
            yield return "Embeddings:Threads must be between 0 (one per core) and 64";
        }

        foreach (string failure in SettingRanges.Failures(
            ("Embeddings:BatchSize", BatchSize, 1, 4096),
            ("Embeddings:CheckSeconds", CheckSeconds, 1, 86400),
            ("Embeddings:MaxTokens", MaxTokens, 8, 512)))
        {
            yield return failure;
        }
    }
}

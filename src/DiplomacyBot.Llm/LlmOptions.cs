using DiplomacyBot.Core;

namespace DiplomacyBot.Llm;

/// <summary>
/// Configuration section "Llm": an OpenAI-compatible endpoint (OpenAI, Azure OpenAI's OpenAI-compatible endpoint, or a
/// local server such as Ollama, vLLM or LM Studio). Off by default; everything works without it.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    public bool Enabled { get; set; }

    /// <summary>The base URL, e.g. https://api.openai.com/v1 or http://localhost:11434/v1.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The API key; local servers that need none may leave it empty.</summary>
    public string ApiKey { get; set; } = string.Empty;

    public string ChatModel { get; set; } = string.Empty;

    /// <summary>When set, sentences are embedded with this model and retrieval fuses BM25 and vector ranks.</summary>
    public string EmbeddingModel { get; set; } = string.Empty;

    /// <summary>The longest a model call may take, retries included; then the bot answers without the model.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a call that failed transiently (429, 5xx, a dropped connection).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones back off exponentially, with jitter.</summary>
    public double RetryDelaySeconds { get; set; } = 0.5;

    /// <summary>The folder of prompt files; relative paths are looked up beside the program, then in the working folder.</summary>
    public string PromptsPath { get; set; } = "prompts";

    /// <summary>Passages sent to the model with a question.</summary>
    public int MaxPassages { get; set; } = 8;

    /// <summary>Rewrite the question into search terms with the model before retrieval.</summary>
    public bool RewriteQueries { get; set; } = true;

    /// <summary>Sentences per embedding request.</summary>
    public int EmbeddingBatchSize { get; set; } = 64;

    public bool EmbeddingsEnabled => Enabled && !string.IsNullOrWhiteSpace(EmbeddingModel);

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>Every bad or missing key, named by its configuration path; no value is echoed (the key is a secret).</summary>
    public IEnumerable<string> Failures()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            yield return "Llm:Endpoint is required when Llm:Enabled is true (e.g. https://api.openai.com/v1 or http://localhost:11434/v1)";
        }
        else if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return "Llm:Endpoint must be an absolute http(s) URL such as http://localhost:11434/v1";
        }

        if (string.IsNullOrWhiteSpace(ChatModel))
        {
            yield return "Llm:ChatModel is required when Llm:Enabled is true (e.g. gpt-4o-mini or llama3.1)";
        }

        if (double.IsNaN(TimeoutSeconds) || TimeoutSeconds is <= 0 or > 600)
        {
            yield return "Llm:TimeoutSeconds must be between 0 and 600";
        }

        foreach (string failure in SettingRanges.Failures(
            ("Llm:MaxRetries", MaxRetries, 0, 10),
            ("Llm:RetryDelaySeconds", RetryDelaySeconds, 0, 60),
            ("Llm:MaxPassages", MaxPassages, 1, 50),
            ("Llm:EmbeddingBatchSize", EmbeddingBatchSize, 1, 2048)))
        {
            yield return failure;
        }
    }
}

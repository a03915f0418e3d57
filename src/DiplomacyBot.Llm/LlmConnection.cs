using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using Polly;

namespace DiplomacyBot.Llm;

/// <summary>
/// The link to the model service: a Semantic Kernel with the OpenAI connector over one HttpClient whose resilience
/// pipeline (Microsoft.Extensions.Http.Resilience) bounds every call by <see cref="LlmOptions.TimeoutSeconds"/> and
/// retries transient failures. The OpenAI client's own retries are off, so the pipeline is the only retry policy.
/// </summary>
public sealed class LlmConnection : IDisposable
{
    public const string HttpClientName = "DiplomacyBot.Llm";

    /// <summary>A key is required by the client library; local servers ignore it, so one is supplied when none is configured.</summary>
    private const string NoKey = "no-key";

    private readonly ServiceProvider _provider;

    private LlmConnection(ServiceProvider provider, LlmOptions options, Kernel kernel)
    {
        _provider = provider;
        Options = options;
        Kernel = kernel;
        Chat = kernel.GetRequiredService<IChatCompletionService>();
        Embeddings = options.EmbeddingsEnabled ? kernel.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>() : null;
    }

    public LlmOptions Options { get; }

    public Kernel Kernel { get; }

    public IChatCompletionService Chat { get; }

    public IEmbeddingGenerator<string, Embedding<float>>? Embeddings { get; }

    public static LlmConnection Create(LlmOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        if (options.Failures().ToList() is { Count: > 0 } failures)
        {
            throw new InvalidOperationException(string.Join("; ", failures));
        }

        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddLogging();
        services.AddHttpClient(HttpClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("llm", builder => ConfigurePipeline(builder, options));
        ServiceProvider provider = services.BuildServiceProvider();
        try
        {
            HttpClient http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            var clientOptions = new OpenAIClientOptions
            {
                Endpoint = new Uri(options.Endpoint),
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
            var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey), clientOptions);

            IKernelBuilder kernel = Kernel.CreateBuilder();
            kernel.Services.AddSingleton(loggerFactory);
            kernel.AddOpenAIChatCompletion(options.ChatModel, client);
            if (options.EmbeddingsEnabled)
            {
                // Marked experimental in Semantic Kernel 1.x; it replaces the obsolete text-embedding service.
#pragma warning disable SKEXP0010
                kernel.AddOpenAIEmbeddingGenerator(options.EmbeddingModel, client);
#pragma warning restore SKEXP0010
            }

            return new LlmConnection(provider, options, kernel.Build());
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <summary>The whole call, retries included, within the timeout; transient failures (429, 5xx, dropped connections) retried with jittered backoff.</summary>
    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> builder, LlmOptions options)
    {
        builder.AddTimeout(options.Timeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }
    }

    /// <summary>Sends one rendered prompt and returns the reply's text (null when the model returned none, e.g. a content filter).</summary>
    public async Task<string?> CompleteAsync(Prompts.RenderedPrompt prompt, int maxTokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var history = new ChatHistory();
        if (prompt.System.Length > 0)
        {
            history.AddSystemMessage(prompt.System);
        }

        history.AddUserMessage(prompt.User);
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0, MaxTokens = maxTokens };
        ChatMessageContent reply = await Chat.GetChatMessageContentAsync(history, settings, Kernel, cancellationToken).ConfigureAwait(false);
        return reply.Content;
    }

    public void Dispose() => _provider.Dispose();
}

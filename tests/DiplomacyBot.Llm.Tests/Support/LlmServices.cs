using DiplomacyBot.Core.Answering;
using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Search;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Llm.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm.Tests.Support;

/// <summary>The model-backed parts as <see cref="LlmServiceCollectionExtensions.AddLlmParts"/> registers them, over a test's store and index.</summary>
public sealed class LlmServices(ServiceProvider services) : IDisposable
{
    public IAnswerer Answerer => services.GetRequiredService<IAnswerer>();

    public PassageRetriever Retriever => services.GetRequiredService<PassageRetriever>();

    public ITimelineSummarizer Summarizer(string? topic) => services.GetRequiredService<ITimelineSummarizers>().For(topic);

    public static LlmServices Create(LlmOptions options, IArticleStore store, IPassageIndex index, SemanticSearch? semantic,
        ExtractiveAnswerer extractive, AnswerOptions answerOptions, ILoggerFactory loggerFactory, LlmConnection connection)
    {
        var services = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddSingleton(store)
            .AddSingleton(index)
            .AddSingleton(extractive)
            .AddSingleton(answerOptions)
            .AddSingleton(connection)
            .AddSingleton<IAnswerer>(extractive);
        if (semantic is not null)
        {
            services.AddSingleton(semantic);
        }

        return new LlmServices(services.AddLlmParts(options, embeddings: false).BuildServiceProvider());
    }

    public void Dispose() => services.Dispose();
}

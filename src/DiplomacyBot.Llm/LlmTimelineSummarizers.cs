using DiplomacyBot.Core.Events;
using DiplomacyBot.Core.Storage;
using DiplomacyBot.Llm.Answering;
using DiplomacyBot.Llm.Prompts;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm;

/// <summary>Timeline narratives written by the model, each falling back to the extractive one.</summary>
public sealed class LlmTimelineSummarizers(IArticleStore store, LlmConnection connection, IPromptLibrary prompts, ILogger logger) : ITimelineSummarizers
{
    public ITimelineSummarizer For(string? topic) =>
        new LlmTimelineSummarizer(store, new ExtractiveTimelineSummarizer(store), connection, prompts, logger, topic);
}

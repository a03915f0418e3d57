using DiplomacyBot.Core.Storage;

namespace DiplomacyBot.Core.Events;

/// <summary>Timeline narratives made of the articles' own sentences, whatever the topic.</summary>
public sealed class ExtractiveTimelineSummarizers(IArticleStore store) : ITimelineSummarizers
{
    public ITimelineSummarizer For(string? topic) => new ExtractiveTimelineSummarizer(store);
}

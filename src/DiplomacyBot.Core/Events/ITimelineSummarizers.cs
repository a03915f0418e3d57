namespace DiplomacyBot.Core.Events;

/// <summary>The timeline narrative's writer for a topic: the model when one is configured, extractive otherwise.</summary>
public interface ITimelineSummarizers
{
    ITimelineSummarizer For(string? topic);
}

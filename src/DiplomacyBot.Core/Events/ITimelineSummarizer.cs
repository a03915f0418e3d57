namespace DiplomacyBot.Core.Events;

/// <summary>Writes a short narrative over a timeline's events, every claim cited.</summary>
public interface ITimelineSummarizer
{
    Task<TimelineSummary> SummarizeAsync(Timeline timeline, CancellationToken cancellationToken);
}

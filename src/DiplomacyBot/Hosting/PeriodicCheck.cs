using Microsoft.Extensions.Hosting;

namespace DiplomacyBot.Hosting;

/// <summary>
/// Work done again and again while <c>serve</c> runs, a fixed interval apart: a check that fails is reported with
/// <see cref="Failed"/> and tried again at the next; stopping the host ends the loop, mid-check or between checks.
/// </summary>
public abstract class PeriodicCheck(TimeSpan interval) : BackgroundService
{
    /// <summary>One round of the work.</summary>
    protected abstract Task CheckAsync(CancellationToken cancellationToken);

    /// <summary>Reports a check that failed with <paramref name="reason"/>.</summary>
    protected abstract void Failed(string reason);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Failed(ex.Message);
            }

            try
            {
                await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

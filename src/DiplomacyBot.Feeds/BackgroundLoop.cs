namespace DiplomacyBot.Feeds;

/// <summary>How one pass of a background service's loop ended.</summary>
internal enum PassOutcome
{
    Done,
    Failed,
    Stopping,
}

/// <summary>
/// The steps the feeds' background services share: a pass that no failure may end (a chat platform down, a store
/// error, a defect in one item's handling) and a sleep on the injected clock that ends when the host stops.
/// </summary>
internal static class BackgroundLoop
{
    /// <summary>Runs one pass; a failure other than the host stopping goes to <paramref name="failed"/> and the loop goes on.</summary>
    public static async Task<PassOutcome> RunPassAsync(Func<CancellationToken, Task> pass, Action<Exception> failed, CancellationToken stoppingToken)
    {
        try
        {
            await pass(stoppingToken).ConfigureAwait(false);
            return PassOutcome.Done;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return PassOutcome.Stopping;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failed(ex);
            return PassOutcome.Failed;
        }
    }

    /// <summary>How long to sleep until <paramref name="due"/>: at least a second, at most <paramref name="longest"/> (also when nothing is due).</summary>
    public static TimeSpan UntilDue(DateTimeOffset? due, TimeProvider time, TimeSpan longest)
    {
        if (due is null)
        {
            return longest;
        }

        TimeSpan until = due.Value - time.GetUtcNow();
        return until < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : until < longest ? until : longest;
    }

    /// <summary>Sleeps on <paramref name="time"/>; false when the host stopped meanwhile.</summary>
    public static async Task<bool> SleepAsync(TimeSpan wait, TimeProvider time, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

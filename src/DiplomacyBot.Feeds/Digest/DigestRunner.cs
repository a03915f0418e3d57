using System.Globalization;
using DiplomacyBot.Core.Chat;
using DiplomacyBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiplomacyBot.Feeds.Digest;

/// <summary>
/// Posts each configured channel's digest when its schedule comes due, through the chat platform that serves the
/// channel, and records the time of each digest in the store. A channel never digested before starts its record at
/// the first check (nothing is posted for the time before). A digest missed while the bot was down is posted at start.
/// With a lease store (replicas sharing one store), a channel's digest is posted under a lease and its record read
/// again under it, so a digest period is posted once whichever replicas find it due; a failed post gives the lease
/// back, so the next try (by any replica) posts it.
/// </summary>
public sealed partial class DigestRunner(
    IArticleStore store,
    IBotStateStore state,
    IEnumerable<IChatPlatform> platforms,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestRunner> logger,
    ILeaseStore? leases = null)
{
    /// <summary>How long a channel's digest lease lasts: longer than composing and posting one takes.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(10);

    public const string StatePrefix = "digest:last:";

    public DateTimeOffset? LastDigest(DigestChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return state.GetState(StatePrefix + channel.Key) is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null;
    }

    /// <summary>When the channel's next digest is due.</summary>
    public DateTimeOffset? NextDue(DigestChannel channel)
    {
        DigestOptions o = options.Value;
        DateTimeOffset from = LastDigest(channel) ?? time.GetUtcNow();
        return o.Cron().GetNextOccurrence(from, o.Zone());
    }

    /// <summary>The earliest next digest over every channel.</summary>
    public DateTimeOffset? NextDue() => options.Value.Channels.Select(NextDue).Where(d => d is not null).Min();

    /// <summary>Posts the digests that are due; returns how many were posted.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        DigestOptions o = options.Value;
        DateTimeOffset now = time.GetUtcNow();
        int posted = 0;
        foreach (DigestChannel channel in o.Channels)
        {
            if (LastDigest(channel) is not { } last)
            {
                Record(channel, now);
                continue;
            }

            if (!IsDue(last, now))
            {
                continue;
            }

            string lease = "digest:" + channel.Key;
            if (leases is not null && !leases.TryAcquireLease(lease, LeaseHolder.ForThisProcess, now, LeaseTime))
            {
                continue;
            }

            try
            {
                // Read again under the lease: another replica may have posted this period's digest meanwhile.
                DateTimeOffset since = leases is null ? last : LastDigest(channel) ?? last;
                if (!IsDue(since, now))
                {
                    continue;
                }

                posted += await PostAsync(channel, since, now, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                leases?.ReleaseLease(lease, LeaseHolder.ForThisProcess);
            }
        }

        return posted;
    }

    private bool IsDue(DateTimeOffset last, DateTimeOffset now) =>
        options.Value.Cron().GetNextOccurrence(last, options.Value.Zone()) is { } due && due <= now;

    /// <summary>Posts one channel's digest of what came since <paramref name="last"/> and records it; returns how many were posted (0 or 1).</summary>
    private async Task<int> PostAsync(DigestChannel channel, DateTimeOffset last, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DigestOptions o = options.Value;
        IChatPlatform? platform = platforms.FirstOrDefault(p => string.Equals(p.Name, channel.Platform, StringComparison.OrdinalIgnoreCase));
        if (platform is null)
        {
            NoPlatform(logger, channel.Platform, channel.Channel);
            return 0;
        }

        int posted = 0;
        ChatReply? reply = DigestComposer.Compose(store.All().ToList(), last, now, o, o.PostWhenEmpty);
        if (reply is not null)
        {
            var address = new IncomingQuestion(platform.Name, string.Empty, channel.Channel, null, "digest", "digest", now);
            await platform.ReplyAsync(address, reply, cancellationToken).ConfigureAwait(false);
            posted++;
            Posted(logger, channel.Key, reply.Items.Count);
        }

        Record(channel, now);
        return posted;
    }

    private void Record(DigestChannel channel, DateTimeOffset at) =>
        state.SetState(StatePrefix + channel.Key, at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest posted to {Channel} ({Items} items)")]
    private static partial void Posted(ILogger logger, string channel, int items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Platform} channel {Channel} skipped: that chat platform is not enabled")]
    private static partial void NoPlatform(ILogger logger, string platform, string channel);
}

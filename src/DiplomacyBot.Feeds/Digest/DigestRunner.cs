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
/// </summary>
public sealed partial class DigestRunner(
    IArticleStore store,
    IBotStateStore state,
    IEnumerable<IChatPlatform> platforms,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestRunner> logger)
{
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

            if (o.Cron().GetNextOccurrence(last, o.Zone()) is not { } due || due > now)
            {
                continue;
            }

            IChatPlatform? platform = platforms.FirstOrDefault(p => string.Equals(p.Name, channel.Platform, StringComparison.OrdinalIgnoreCase));
            if (platform is null)
            {
                NoPlatform(logger, channel.Platform, channel.Channel);
                continue;
            }

            ChatReply? reply = DigestComposer.Compose(store.All().ToList(), last, now, o, o.PostWhenEmpty);
            if (reply is not null)
            {
                var address = new IncomingQuestion(platform.Name, string.Empty, channel.Channel, null, "digest", "digest", now);
                await platform.ReplyAsync(address, reply, cancellationToken).ConfigureAwait(false);
                posted++;
                Posted(logger, channel.Key, reply.Items.Count);
            }

            Record(channel, now);
        }

        return posted;
    }

    private void Record(DigestChannel channel, DateTimeOffset at) =>
        state.SetState(StatePrefix + channel.Key, at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest posted to {Channel} ({Items} items)")]
    private static partial void Posted(ILogger logger, string channel, int items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for {Platform} channel {Channel} skipped: that chat platform is not enabled")]
    private static partial void NoPlatform(ILogger logger, string platform, string channel);
}

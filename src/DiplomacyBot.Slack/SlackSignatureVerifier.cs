using System.Globalization;
using System.Security.Cryptography;

namespace DiplomacyBot.Slack;

/// <summary>
/// Verifies Slack's v0 request signature: HMAC-SHA256 keyed with the signing secret over <c>v0:{timestamp}:{raw body}</c>,
/// lowercase hex with a <c>v0=</c> prefix, compared in constant time; a timestamp more than five minutes from now is
/// rejected so a captured request cannot be replayed.
/// </summary>
public sealed class SlackSignatureVerifier(string signingSecret, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly byte[] key = Encoding.UTF8.GetBytes(signingSecret);

    public bool IsValid(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signature) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            return false;
        }

        long now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)Window.TotalSeconds)
        {
            return false;
        }

        byte[] expected = Encoding.ASCII.GetBytes(Sign(key, timestamp!, body));
        byte[] actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body) =>
        Sign(Encoding.UTF8.GetBytes(signingSecret), timestamp, body);

    private static string Sign(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        byte[] prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        byte[] message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }
}

using NSec.Cryptography;

namespace DiplomacyBot.Discord;

/// <summary>
/// Verifies the Ed25519 signature Discord puts on every HTTP interaction: <c>X-Signature-Ed25519</c> (hex) over the
/// UTF-8 bytes of <c>X-Signature-Timestamp</c> followed by the raw body, with the application's public key. Discord
/// sends deliberately bad signatures to check that they are refused.
/// </summary>
public sealed class DiscordSignatureVerifier
{
    public const int PublicKeyHexLength = 64;
    public const int SignatureHexLength = 128;

    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly PublicKey key;

    public DiscordSignatureVerifier(string publicKeyHex)
    {
        if (!IsPublicKeyHex(publicKeyHex))
        {
            throw new ArgumentException("Discord:PublicKey must be 64 hex digits", nameof(publicKeyHex));
        }

        key = PublicKey.Import(Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
    }

    public static bool IsPublicKeyHex(string? value) =>
        value is { Length: PublicKeyHexLength } && value.All(char.IsAsciiHexDigit);

    public bool IsValid(string? timestamp, string? signatureHex, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || signatureHex is not { Length: SignatureHexLength } || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        byte[] prefix = Encoding.UTF8.GetBytes(timestamp);
        byte[] message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Ed25519.Verify(key, message, Convert.FromHexString(signatureHex));
    }
}

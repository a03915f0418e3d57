namespace DiplomacyBot.Chat.Hosting;

/// <summary>A platform's webhook request as its signature is checked: the timestamp and signature headers and the raw body.</summary>
public sealed record SignedRequest(string Timestamp, string Signature, byte[] Body);

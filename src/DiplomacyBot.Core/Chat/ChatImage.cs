namespace DiplomacyBot.Core.Chat;

/// <summary>An image to attach to a reply, such as the timeline chart.</summary>
public sealed record ChatImage(string FileName, string Title, byte[] Png);

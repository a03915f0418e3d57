namespace DiplomacyBot.Core.Chat;

/// <summary>One entry of a list reply (a timeline event, a stored article): a heading line, an optional detail line and its quotes.</summary>
public sealed record ChatItem(string Heading, string? Detail, IReadOnlyList<ChatQuote> Quotes);

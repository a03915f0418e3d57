namespace DiplomacyBot.Core.Chat;

/// <summary>A verbatim quote with where it comes from, as plain text: renderers escape and format it.</summary>
public sealed record ChatQuote(string Text, string Title, string Outlet, string Date, string Source);

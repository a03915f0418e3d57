namespace DiplomacyBot.Slack;

/// <summary>Who the bot is in the workspace, from auth.test: used to ignore its own messages.</summary>
public sealed record SlackIdentity(string UserId, string? BotId, string TeamId);

namespace DiplomacyBot.Slack;

/// <summary>One Slack message: Block Kit blocks and the mrkdwn fallback text shown in notifications and old clients.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks);

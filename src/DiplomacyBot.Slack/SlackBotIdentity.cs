namespace DiplomacyBot.Slack;

/// <summary>Holds the bot's identity once auth.test has answered at start-up.</summary>
public sealed class SlackBotIdentity
{
    private volatile SlackIdentity? current;

    public SlackIdentity? Current => current;

    public void Set(SlackIdentity identity) => current = identity;
}

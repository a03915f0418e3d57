namespace DiplomacyBot.Slack;

/// <summary>
/// What a slash command's acknowledgement says, seen at once and only by the user who typed it: that the answer is on
/// its way, or why none will come. HTTP mode sends it as the response body, Socket Mode as the envelope ack's payload.
/// </summary>
public static class SlackCommandAck
{
    public const string LookingUp = "Looking that up…";
    public const string NotHere = "I don't answer in this channel.";
    public const string Busy = "I'm busy right now; please try again in a minute.";

    public static JsonObject Payload(RouteResult result) => new()
    {
        ["response_type"] = "ephemeral",
        ["text"] = result switch
        {
            RouteResult.NotAllowed => NotHere,
            RouteResult.QueueFull => Busy,
            _ => LookingUp,
        },
    };
}

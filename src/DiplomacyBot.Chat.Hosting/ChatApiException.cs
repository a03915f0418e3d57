namespace DiplomacyBot.Chat.Hosting;

/// <summary>A call a chat platform's API refused. Each adapter has its own kind; none holds a token.</summary>
public abstract class ChatApiException : Exception
{
    protected ChatApiException()
    {
    }

    protected ChatApiException(string message)
        : base(message)
    {
    }

    protected ChatApiException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

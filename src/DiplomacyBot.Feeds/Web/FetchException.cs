namespace DiplomacyBot.Feeds.Web;

/// <summary>A page or feed that could not be fetched or read; the message names the URL and says why.</summary>
public sealed class FetchException : Exception
{
    public FetchException()
    {
    }

    public FetchException(string message)
        : base(message)
    {
    }

    public FetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FetchException(Uri url, string reason, TimeSpan? retryAfter = null)
        : base($"{SafeUrl.Display(url)}: {reason}")
    {
        Reason = reason;
        RetryAfter = retryAfter;
    }

    /// <summary>The message without the URL.</summary>
    public string Reason { get; } = string.Empty;

    /// <summary>How long the server asked us to wait (429, 503), if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}

namespace DiplomacyBot.Core.Storage;

/// <summary>
/// A store could not do what was asked of it: the file is not a store, the database does not answer or refused the
/// request. Providers wrap their own errors in it, so callers report a store failure without knowing the provider.
/// The message never holds a connection string or a password.
/// </summary>
public sealed class StoreException : InvalidOperationException
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

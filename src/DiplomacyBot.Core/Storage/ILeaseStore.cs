namespace DiplomacyBot.Core.Storage;

/// <summary>
/// Named leases with a holder and an expiry, for work that one process at a time should do (polling a feed) among
/// several that share a store. A holder that dies stops renewing, so its lease expires and another takes it over.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease for <paramref name="holder"/> until <paramref name="now"/> + <paramref name="duration"/> when it
    /// is free, expired at <paramref name="now"/>, or already held by <paramref name="holder"/> (then renewed); false
    /// when another holder has it.
    /// </summary>
    bool TryAcquireLease(string name, string holder, DateTimeOffset now, TimeSpan duration);

    /// <summary>Gives the lease up, if <paramref name="holder"/> still holds it.</summary>
    void ReleaseLease(string name, string holder);
}

using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>Leases (<c>leases</c>): a holder and an expiry per name, for the command line and <c>serve</c> sharing a file.</summary>
public sealed partial class LiteDbArticleStore : ILeaseStore
{
    private const string Leases = "leases";

    // One transaction, so a process sharing the file cannot take the lease between the check and the write.
    public bool TryAcquireLease(string name, string holder, DateTimeOffset now, TimeSpan duration) => _gate.InTransaction(() =>
    {
        var leases = _db.GetCollection(Leases);
        bool free = leases.FindById(name) is not { } lease || lease["holder"].AsString == holder || lease["expires"].AsDateTime.ToUniversalTime() <= now.UtcDateTime;
        if (free)
        {
            leases.Upsert(new BsonDocument { ["_id"] = name, ["holder"] = holder, ["expires"] = (now + duration).UtcDateTime });
        }

        return free;
    });

    public void ReleaseLease(string name, string holder) => _gate.Locked(() =>
    {
        var leases = _db.GetCollection(Leases);
        if (leases.FindById(name) is { } lease && lease["holder"].AsString == holder)
        {
            leases.Delete(name);
        }
    });
}

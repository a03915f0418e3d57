using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>Leases (<c>leases</c>): a holder and an expiry per name, for the command line and <c>serve</c> sharing a file.</summary>
public sealed partial class LiteDbArticleStore : ILeaseStore
{
    private const string Leases = "leases";

    public bool TryAcquireLease(string name, string holder, DateTimeOffset now, TimeSpan duration)
    {
        lock (_gate)
        {
            var leases = _db.GetCollection(Leases);
            if (leases.FindById(name) is { } lease && lease["holder"].AsString != holder && lease["expires"].AsDateTime.ToUniversalTime() > now.UtcDateTime)
            {
                return false;
            }

            leases.Upsert(new BsonDocument { ["_id"] = name, ["holder"] = holder, ["expires"] = (now + duration).UtcDateTime });
            return true;
        }
    }

    public void ReleaseLease(string name, string holder)
    {
        lock (_gate)
        {
            var leases = _db.GetCollection(Leases);
            if (leases.FindById(name) is { } lease && lease["holder"].AsString == holder)
            {
                leases.Delete(name);
            }
        }
    }
}

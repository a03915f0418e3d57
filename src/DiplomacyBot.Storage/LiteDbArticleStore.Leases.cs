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
            try
            {
                // One transaction, so a process sharing the file cannot take the lease between the check and the write.
                var leases = _db.GetCollection(Leases);
                _db.BeginTrans();
                try
                {
                    bool free = leases.FindById(name) is not { } lease || lease["holder"].AsString == holder || lease["expires"].AsDateTime.ToUniversalTime() <= now.UtcDateTime;
                    if (free)
                    {
                        leases.Upsert(new BsonDocument { ["_id"] = name, ["holder"] = holder, ["expires"] = (now + duration).UtcDateTime });
                    }

                    _db.Commit();
                    return free;
                }
                catch
                {
                    _db.Rollback();
                    throw;
                }
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public void ReleaseLease(string name, string holder)
    {
        lock (_gate)
        {
            try
            {
                var leases = _db.GetCollection(Leases);
                if (leases.FindById(name) is { } lease && lease["holder"].AsString == holder)
                {
                    leases.Delete(name);
                }
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }
}

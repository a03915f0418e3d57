using DiplomacyBot.Core.Storage;
using LiteDB;

namespace DiplomacyBot.Storage;

/// <summary>
/// The lock every operation on a LiteDB file takes, shared by the stores kept in that file: a transaction on one thread
/// and a read on another must not interleave (LiteDB then reads pages the transaction is rewriting). A LiteDB failure
/// inside comes out as the <see cref="StoreException"/> callers handle, whatever the provider. The lock is reentrant,
/// so work that holds it may open a transaction.
/// </summary>
internal sealed class LiteDbGate(LiteDatabase db)
{
    private readonly Lock _lock = new();

    public T Locked<T>(Func<T> work)
    {
        lock (_lock)
        {
            try
            {
                return work();
            }
            catch (LiteException ex)
            {
                throw LiteDbStorage.Failed(ex);
            }
        }
    }

    public void Locked(Action work) => Locked(() =>
    {
        work();
        return true;
    });

    /// <summary>Runs <paramref name="work"/> as one transaction under the lock: committed when it returns, rolled back when it throws.</summary>
    public T InTransaction<T>(Func<T> work) => Locked(() =>
    {
        db.BeginTrans();
        try
        {
            T result = work();
            db.Commit();
            return result;
        }
        catch
        {
            db.Rollback();
            throw;
        }
    });

    public void InTransaction(Action work) => InTransaction(() =>
    {
        work();
        return true;
    });
}

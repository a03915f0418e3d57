using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace DiplomacyBot.Core.Ingestion;

/// <summary>
/// Runs a transformation on its own thread, up to <c>ahead</c> inputs ahead of the consumer, so parsing the next
/// batches overlaps storing the current one (and goes on while a commit waits for the disk). An exception on the worker
/// thread is rethrown to the consumer.
/// </summary>
internal sealed class Worker<TIn, TOut> : IDisposable
{
    private readonly BlockingCollection<TOut> _results;
    private readonly CancellationTokenSource _stop;
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _error;

    public Worker(IEnumerable<TIn> inputs, Func<TIn, TOut> transform, CancellationToken cancellationToken, int ahead = 2)
    {
        _results = new(boundedCapacity: ahead);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _thread = new Thread(() =>
        {
            try
            {
                foreach (TIn input in inputs)
                {
                    _stop.Token.ThrowIfCancellationRequested();
                    _results.Add(transform(input), _stop.Token);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The consumer stopped early.
            }
            catch (Exception ex)
            {
                _error = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                _results.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "ingest-parse" };
        _thread.Start();
    }

    public IEnumerable<TOut> Results()
    {
        foreach (TOut result in _results.GetConsumingEnumerable())
        {
            yield return result;
        }

        _thread.Join();
        _error?.Throw();
    }

    public void Dispose()
    {
        // A consumer that stops early (an exception, a cancellation) releases a worker blocked on a full queue.
        _stop.Cancel();
        _thread.Join();
        _results.Dispose();
        _stop.Dispose();
    }
}

/// <summary>
/// Consumes work items on its own thread, up to <c>behind</c> items behind the producer; <see cref="Complete"/> waits
/// and rethrows.
/// </summary>
internal sealed class Sink<T> : IDisposable
{
    private readonly BlockingCollection<T> _work;
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _error;

    public Sink(Action<T> consume, CancellationToken cancellationToken, string name = "ingest-index", int behind = 1)
    {
        _work = new(boundedCapacity: behind);
        _thread = new Thread(() =>
        {
            try
            {
                foreach (T item in _work.GetConsumingEnumerable(cancellationToken))
                {
                    consume(item);
                }
            }
            catch (Exception ex)
            {
                _error = ExceptionDispatchInfo.Capture(ex);
                foreach (T unused in _work.GetConsumingEnumerable())
                {
                    // Keep taking, so the producer is never blocked by a failed consumer; Add reports the error.
                }
            }
        })
        { IsBackground = true, Name = name };
        _thread.Start();
    }

    public void Add(T item)
    {
        _error?.Throw();
        _work.Add(item);
    }

    public void Complete()
    {
        _work.CompleteAdding();
        _thread.Join();
        _error?.Throw();
    }

    public void Dispose()
    {
        if (!_work.IsAddingCompleted)
        {
            _work.CompleteAdding();
        }

        _thread.Join();
        _work.Dispose();
    }
}

namespace DiplomacyBot.Storage;

/// <summary>
/// The log file of a LiteDB store opened alone, as LiteDB would open it ("&lt;name&gt;-log&lt;ext&gt;" beside the
/// file), with its flushes to disk coalesced. LiteDB's log writer flushes to disk whenever its queue of pages runs dry,
/// which while a large transaction is written is every page or two: thousands of disk flushes an ingest, which cost CPU
/// in the kernel and which each checkpoint waits on. Here a flush asked for within <see cref="Interval"/> of the last
/// one is made when that interval ends instead, so what was written reaches the disk at most that much later than
/// LiteDB asked, and at the latest when the store closes. The pages themselves are written through at once, as before.
/// </summary>
internal sealed class LiteDbLogStream : Stream
{
    /// <summary>The most a flush LiteDB asks for is put off.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly string _path;
    private readonly bool _created;
    private readonly FileStream _file;
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private long _lastFlush;
    private bool _pending;
    private bool _disposed;
    private System.Runtime.ExceptionServices.ExceptionDispatchInfo? _failed;

    public LiteDbLogStream(string dataPath)
    {
        string name = Path.GetFileNameWithoutExtension(dataPath) + "-log" + Path.GetExtension(dataPath);
        _path = Path.Combine(Path.GetDirectoryName(dataPath) ?? string.Empty, name);
        _created = !File.Exists(_path);
        // Unbuffered: every page LiteDB writes goes straight to the file, so a flush only has to reach the disk.
        _file = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess);
        _timer = new Timer(_ => FlushPending());
        _lastFlush = Environment.TickCount64;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override void Write(byte[] buffer, int offset, int count) => _file.Write(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void SetLength(long value) => _file.SetLength(value);

    /// <summary>What LiteDB calls to flush its log to disk: done now, or when the interval since the last flush ends.</summary>
    public override void Flush()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            // A put-off flush that failed fails the next one LiteDB asks for, as it would have failed on its own.
            if (_failed is { } failed)
            {
                _failed = null;
                failed.Throw();
            }

            long wait = (long)Interval.TotalMilliseconds - (Environment.TickCount64 - _lastFlush);
            if (wait <= 0)
            {
                FlushToDisk();
            }
            else if (!_pending)
            {
                _pending = true;
                _timer.Change(wait, Timeout.Infinite);
            }
        }
    }

    private void FlushPending()
    {
        lock (_lock)
        {
            if (_pending && !_disposed)
            {
                try
                {
                    FlushToDisk();
                }
                catch (IOException ex)
                {
                    // Not thrown on the timer's thread, where nothing would catch it.
                    _pending = false;
                    _failed = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
                }
            }
        }
    }

    /// <summary>Flushes the file to disk; the caller holds the lock.</summary>
    private void FlushToDisk()
    {
        _file.Flush(flushToDisk: true);
        _pending = false;
        _lastFlush = Environment.TickCount64;
    }

    /// <summary>
    /// Flushes what is pending and closes the file, then deletes it if it is empty, as LiteDB does with a log it opened
    /// itself once its last checkpoint on closing has emptied it.
    /// </summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CloseFile(deleteIfEmpty: true);
        }

        base.Dispose(disposing);
    }

    /// <summary>Closes the file when the store could not be opened: an empty log is deleted only if opening created it.</summary>
    public void Abandon()
    {
        CloseFile(deleteIfEmpty: _created);
        base.Dispose(true);
    }

    private void CloseFile(bool deleteIfEmpty)
    {
        bool empty;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (_pending)
            {
                FlushToDisk();
            }

            _disposed = true;
            _timer.Dispose();
            empty = _file.Length == 0;
            _file.Dispose();
        }

        if (empty && deleteIfEmpty)
        {
            File.Delete(_path);
        }
    }
}

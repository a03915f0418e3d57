using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Testing;

/// <summary>
/// Keeps every log line written through it (message, exception and state), at every level: add it to a host's logging,
/// or take a <see cref="Factory"/> for code that wants an <see cref="ILoggerFactory"/>.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Lines { get; } = new();

    /// <summary>A logger factory writing here at every level.</summary>
    public ILoggerFactory Factory() => LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    /// <summary>The text of every line at <paramref name="atLeast"/> or above.</summary>
    public IEnumerable<string> At(LogLevel atLeast) => Lines.Where(l => l.Level >= atLeast).Select(l => l.Text);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((logLevel, category, formatter(state, exception) + " " + exception + " " + state));
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DiplomacyBot.Llm.Tests.Support;

/// <summary>A logger provider that keeps every entry (level, category, formatted message, exception text) at every level.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Text)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Text)> Entries => entries.ToList();

    public ILoggerFactory Factory() => LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    public IEnumerable<string> At(LogLevel atLeast) => Entries.Where(e => e.Level >= atLeast).Select(e => e.Text);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string text = formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception);
            owner.entries.Enqueue((logLevel, category, text));
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Hostile.Tests;

/// <summary>
/// Every log entry a host writes, at every level, with what an operator's log would show of it, and the path of the
/// request it was written in (from ASP.NET Core's request scope), so a test can tell one request's lines from the
/// host's start-up lines.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, int EventId, string Message, Exception? Exception, string? RequestPath)
    {
        /// <summary>The line as a console logger would print it, exception included.</summary>
        public string Line => $"{Level} {Category}[{EventId}]: {Message} {Exception}";

        public override string ToString() => Line;
    }

    private readonly ConcurrentQueue<Entry> entries = new();
    private readonly AsyncLocal<string?> requestPath = new();

    public IReadOnlyList<Entry> Entries => [.. entries];

    /// <summary>Warnings and worse: what an operator is alerted by.</summary>
    public IReadOnlyList<Entry> Warnings => [.. entries.Where(e => e.Level >= LogLevel.Warning)];

    /// <summary>The warnings and worse written while serving a request to <paramref name="path"/>.</summary>
    public IReadOnlyList<Entry> WarningsDuring(string path) => [.. Warnings.Where(e => e.RequestPath == path)];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose() { }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            if (state is not IEnumerable<KeyValuePair<string, object?>> pairs
                || pairs.FirstOrDefault(p => p.Key == "RequestPath").Value is not string path)
            {
                return null;
            }
            var outer = logs.requestPath.Value;
            logs.requestPath.Value = path;
            return new Restore(() => logs.requestPath.Value = outer);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.entries.Enqueue(new Entry(logLevel, category, eventId.Id, formatter(state, exception), exception, logs.requestPath.Value));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}

using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace IepNavigator.Storage.Sqlite;

/// <summary>
/// The connections of the state table's hot path (a turn's one read and one write), kept open with their statements
/// prepared: one writer behind an async gate, and a few readers on a lock-free stack. SQLite lets one writer in at a
/// time; without the gate, concurrent turns each took a pooled connection and slept in SQLite's busy handler (1–25 ms
/// steps) waiting for the write lock, and every operation paid the pool's lock, the per-open pragmas and a fresh
/// statement prepare. Writers from other processes on the same file still wait in the busy handler (busy timeout).
/// </summary>
internal sealed class SqliteStateConnections(SqliteDatabase database) : IDisposable
{
    // Readers kept open beyond this are closed when returned: enough for the concurrency of a few thread-pool threads.
    private const int KeptReaders = 8;

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentStack<Held> _readers = new();
    private Held? _writer;
    private volatile bool _disposed;

    /// <summary>Runs <paramref name="write"/> on the one writer connection, alone.</summary>
    public async Task<T> WriteAsync<T>(Func<Held, Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                // A late write after the store closed its connections (shutdown): on a connection of its own, as before.
                using var late = await Held.OpenAsync(database, cancellationToken).ConfigureAwait(false);
                return await write(late).ConfigureAwait(false);
            }
            var writer = _writer ??= await Held.OpenAsync(database, cancellationToken).ConfigureAwait(false);
            try
            {
                return await write(writer).ConfigureAwait(false);
            }
            catch
            {
                // Whatever failed (a cancelled or interrupted statement, an I/O error), the next write starts on a fresh connection.
                _writer = null;
                writer.Dispose();
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs <paramref name="read"/> on a kept reader connection (one is opened when none is free).</summary>
    public async Task<T> ReadAsync<T>(Func<Held, Task<T>> read, CancellationToken cancellationToken)
    {
        if (!_readers.TryPop(out var reader))
        {
            reader = await Held.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        }
        T result;
        try
        {
            result = await read(reader).ConfigureAwait(false);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
        if (_disposed || _readers.Count >= KeptReaders)
        {
            reader.Dispose();
        }
        else
        {
            _readers.Push(reader);
        }
        return result;
    }

    /// <summary>Closes the kept connections (they go back to the provider's pool, which the database then clears).</summary>
    public void Dispose()
    {
        _disposed = true;
        _writeGate.Wait();
        try
        {
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeGate.Release();
        }
        while (_readers.TryPop(out var reader))
        {
            reader.Dispose();
        }
    }

    /// <summary>An open connection (pragmas applied once) and its commands by SQL text, each prepared on its first run and reused.</summary>
    internal sealed class Held : IDisposable
    {
        private const int KeptCommands = 16;

        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        private Held(SqliteConnection connection) => Connection = connection;

        public SqliteConnection Connection { get; }

        public static async Task<Held> OpenAsync(SqliteDatabase database, CancellationToken cancellationToken) =>
            new(await database.OpenAsync(cancellationToken).ConfigureAwait(false));

        /// <summary>The command for <paramref name="sql"/>, its parameters cleared and its transaction set (null: autocommit).</summary>
        public SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                if (_commands.Count >= KeptCommands)
                {
                    DisposeCommands(); // a read of many keys has its own text per key count: keep the set bounded
                }
                command = Connection.CreateCommand();
                command.CommandText = sql;
                _commands.Add(sql, command);
            }
            command.Parameters.Clear();
            command.Transaction = transaction;
            return command;
        }

        public void Dispose()
        {
            DisposeCommands();
            Connection.Dispose();
        }

        private void DisposeCommands()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }
            _commands.Clear();
        }
    }
}

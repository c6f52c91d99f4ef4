using System.Data.Common;
using IepNavigator.Storage.Documents;
using IepNavigator.Storage.Migrations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IepNavigator.Storage;

/// <summary>
/// The Bot Framework storage contract and the admin surface, shared by the SQLite and PostgreSQL stores.
/// This class owns the semantics (ETags, serialization, encryption at rest, validation, one-time schema
/// set-up); a subclass only runs SQL, and must apply each multi-item write atomically.
/// </summary>
public abstract class SqlStateStore : IStorage, IStateDocumentStore, IStateStoreAdmin, IAsyncDisposable, IDisposable
{
    /// <summary>
    /// An item's ETag meaning "create this key; fail if it exists": two first turns of a new parent racing on two
    /// hosts then conflict (one is retried) instead of the later one silently replacing the earlier.
    /// </summary>
    public const string CreateOnlyETag = DocumentWrite.CreateOnly;

    private readonly SchemaGate _schema;
    private readonly StateCipher _cipher;
    private readonly string _providerTag;

    private protected SqlStateStore(string storeName, string providerTag, IDataProtectionProvider protection, TimeProvider? clock, ILogger? logger)
    {
        StoreName = storeName;
        _providerTag = providerTag;
        _cipher = new StateCipher(protection);
        Clock = clock ?? TimeProvider.System;
        var log = logger ?? NullLogger.Instance;
        _schema = new SchemaGate(async cancellationToken =>
        {
            var (from, to, location) = await MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (from != to)
            {
                StorageLog.StoreMigrated(log, StoreName, from, to);
            }

            StorageLog.StoreReady(log, StoreName, to, location);
        });
    }

    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    public string StoreName { get; }

    /// <summary>Stamps each write, so idle items can be found.</summary>
    private protected TimeProvider Clock { get; }

    /// <summary>Creates or migrates the schema once per instance. Safe to call again and from several hosts.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken = default) => _schema.EnsureAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var distinctKeys = DistinctKeys(keys);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        if (distinctKeys.Count == 0)
        {
            return items;
        }

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in await ReadRowsAsync(distinctKeys, cancellationToken).ConfigureAwait(false))
        {
            items[row.Key] = StateDocument.ToItem(row, _cipher, StoreName);
        }

        return items;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var writes = new List<StateWrite>(changes.Count);
        foreach (var (key, item) in changes)
        {
            writes.Add(StateDocument.ToWrite(ValidKey(key), item, _cipher));
        }

        await CommitAsync(writes, cancellationToken).ConfigureAwait(false);

        foreach (var write in writes)
        {
            StateDocument.ApplyNewETag(changes[write.Key], write.NewETag);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var distinctKeys = DistinctKeys([.. keys]);
        if (distinctKeys.Count == 0)
        {
            return [];
        }

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ReadRowsAsync(distinctKeys, cancellationToken).ConfigureAwait(false);
        var documents = new List<StoredDocument>(rows.Count);
        foreach (var row in rows)
        {
            byte[]? json;
            try
            {
                json = _cipher.OpenBytes(row, StoreName);
            }
            catch (StoredItemUnreadableException)
            {
                json = null; // the caller names the key and starts it afresh; the content is never read out
            }

            documents.Add(new StoredDocument(row.Key, row.ETag, json));
        }

        return documents;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> WriteDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return [];
        }

        var rows = new List<StateWrite>(writes.Count);
        var byKey = new Dictionary<string, int>(writes.Count, StringComparer.Ordinal);
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i] ?? throw new ArgumentException("A write is null.", nameof(writes));
            var key = ValidKey(write.Key);
            if (!byKey.TryAdd(key, i))
            {
                throw new ArgumentException($"State key '{key}' is written twice in one call.", nameof(writes));
            }

            ArgumentException.ThrowIfNullOrEmpty(write.ExpectedETag, nameof(writes));
            var expected = write.ExpectedETag == DocumentWrite.AnyETag ? null : write.ExpectedETag;
            rows.Add(new StateWrite(key, _cipher.Seal(key, write.Utf8Json), expected, Guid.NewGuid().ToString("N")));
        }

        await CommitAsync(rows, cancellationToken).ConfigureAwait(false);

        var etags = new string[writes.Count];
        foreach (var row in rows)
        {
            etags[byKey[row.Key]] = row.NewETag;
        }

        return etags;
    }

    /// <summary>
    /// Writes <paramref name="rows"/> (sorted here: one lock order for every writer, so two multi-key turns can never
    /// deadlock each other); when another turn changed one first, nothing is written, the conflict is counted and
    /// <see cref="StorageConcurrencyException"/> names it.
    /// </summary>
    private async Task CommitAsync(List<StateWrite> rows, CancellationToken cancellationToken)
    {
        rows.Sort((left, right) => string.CompareOrdinal(left.Key, right.Key));

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var stale = await WriteRowsAsync(rows, cancellationToken).ConfigureAwait(false);
        if (stale is not null)
        {
            StorageMetrics.Conflict(_providerTag);
            throw new StorageConcurrencyException(stale.Key, stale.ExpectedETag);
        }
    }

    /// <inheritdoc />
    public Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return DeleteAsync([.. keys], cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var distinctKeys = DistinctKeys(keys);
        if (distinctKeys.Count == 0)
        {
            return;
        }

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await DeleteRowsAsync(distinctKeys, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> DeleteByPrefixAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await DeleteMatchingAsync([new KeyPattern(KeyMatch.StartsWith, keyPrefix)], cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> DeleteUserDataAsync(string userId, IEnumerable<string> conversationIds, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(conversationIds);

        // Bot Framework keys: {channel}/users/{user}, {channel}/conversations/{conversation}[/users/{user}].
        List<KeyPattern> patterns = [new(KeyMatch.EndsWith, $"/users/{userId}"), new(KeyMatch.Contains, $"/users/{userId}/")];
        foreach (var conversationId in conversationIds)
        {
            ArgumentException.ThrowIfNullOrEmpty(conversationId, nameof(conversationIds));
            patterns.Add(new(KeyMatch.EndsWith, $"/conversations/{conversationId}"));
            patterns.Add(new(KeyMatch.Contains, $"/conversations/{conversationId}/"));
        }

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await DeleteMatchingAsync(patterns, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> DeleteIdleAsync(TimeSpan idleFor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleFor, TimeSpan.Zero);
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await DeleteWrittenBeforeAsync(Clock.GetUtcNow() - idleFor, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long> CountKeysAsync(string? keyPrefix = null, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        IReadOnlyList<KeyPattern> patterns = string.IsNullOrEmpty(keyPrefix) ? [] : [new KeyPattern(KeyMatch.StartsWith, keyPrefix)];
        return await CountMatchingAsync(patterns, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            return await ProbeAsync(cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A readiness probe reports any failure to reach the database as "not ready".
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync().ConfigureAwait(false);
        _schema.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Applies the migrations the database lacks (idempotent, safe across processes): versions before and after, and where (for the log).</summary>
    private protected abstract Task<(int From, int To, string Location)> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Returns the rows that exist among <paramref name="keys"/> (distinct, non-empty).</summary>
    private protected abstract Task<IReadOnlyList<StoredRow>> ReadRowsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// The rows a provider's <c>SELECT key, etag, document</c> returns, read the same way on both providers: the
    /// document is a BLOB (sealed) or, from before encryption, TEXT, and both come back as their bytes.
    /// </summary>
    private protected static async Task<IReadOnlyList<StoredRow>> ReadStoredRowsAsync(DbCommand command, int expected, CancellationToken cancellationToken)
    {
        var rows = new List<StoredRow>(expected);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new StoredRow(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
            }
        }

        return rows;
    }

    /// <summary>Applies all writes or none; returns the first write whose ExpectedETag did not match, or null.</summary>
    private protected abstract Task<StateWrite?> WriteRowsAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken);

    private protected abstract Task DeleteRowsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Deletes keys matching any pattern.</summary>
    private protected abstract Task<int> DeleteMatchingAsync(IReadOnlyList<KeyPattern> patterns, CancellationToken cancellationToken);

    /// <summary>Deletes keys last written before <paramref name="cutoff"/>.</summary>
    private protected abstract Task<int> DeleteWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Counts keys matching any pattern, or all keys when there are none.</summary>
    private protected abstract Task<long> CountMatchingAsync(IReadOnlyList<KeyPattern> patterns, CancellationToken cancellationToken);

    /// <summary>One cheap round trip to the database.</summary>
    private protected abstract Task<bool> ProbeAsync(CancellationToken cancellationToken);

    private protected abstract ValueTask DisposeCoreAsync();

    private static List<string> DistinctKeys(string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var seen = new HashSet<string>(keys.Length, StringComparer.Ordinal);
        var distinct = new List<string>(keys.Length);
        foreach (var key in keys)
        {
            if (seen.Add(ValidKey(key)))
            {
                distinct.Add(key);
            }
        }

        return distinct;
    }

    private static string ValidKey(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("State keys must be non-empty strings.", nameof(key));
        }

        return key;
    }
}

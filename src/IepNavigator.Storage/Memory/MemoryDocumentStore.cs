namespace IepNavigator.Storage.Memory;

/// <summary>
/// <see cref="IStateDocumentStore"/> in memory, with the SQL stores' rules (ETag checks, create-only writes, all or
/// nothing): for tests and tools. Nothing survives the process, and nothing is encrypted.
/// </summary>
public sealed class MemoryDocumentStore : IStateDocumentStore
{
    private readonly Dictionary<string, (string ETag, byte[] Json)> _rows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<StoredDocument>(keys.Count);
        lock (_gate)
        {
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                if (_rows.TryGetValue(key, out var row))
                {
                    found.Add(new StoredDocument(key, row.ETag, (byte[])row.Json.Clone()));
                }
            }
        }
        return Task.FromResult<IReadOnlyList<StoredDocument>>(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> WriteDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var etags = new string[writes.Count];
        lock (_gate)
        {
            foreach (var write in writes)
            {
                var exists = _rows.TryGetValue(write.Key, out var row);
                var stale = write.ExpectedETag switch
                {
                    DocumentWrite.AnyETag => false,
                    DocumentWrite.CreateOnly => exists,
                    var expected => !exists || row.ETag != expected,
                };
                if (stale)
                {
                    throw new StorageConcurrencyException(write.Key, write.ExpectedETag);
                }
            }
            for (var i = 0; i < writes.Count; i++)
            {
                etags[i] = Guid.NewGuid().ToString("N");
                _rows[writes[i].Key] = (etags[i], (byte[])writes[i].Utf8Json.Clone());
            }
        }
        return Task.FromResult<IReadOnlyList<string>>(etags);
    }

    /// <inheritdoc />
    public Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _rows.Remove(key);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The stored keys (tests check what a turn left behind).</summary>
    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_gate)
            {
                return [.. _rows.Keys];
            }
        }
    }
}

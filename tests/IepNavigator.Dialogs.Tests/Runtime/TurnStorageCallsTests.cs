using IepNavigator.Dialogs.Tests.Flows;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Storage;

namespace IepNavigator.Dialogs.Tests.Runtime;

/// <summary>
/// What a turn costs the store: one read of both state keys and one write of what changed (TurnTransaction), the
/// same answers as before — the load benchmark's numbers rest on this.
/// </summary>
public sealed class TurnStorageCallsTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"dialogs-turn-calls-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AnsweredTurn_OfAKnownParent_ReadsOnceAndWritesOnce_AndKeepsTheAnswer()
    {
        // The real store (it returns JSON objects, which the one-read load caches as they are).
        using var sqlite = new IepNavigator.Storage.Sqlite.SqliteStorage(_databasePath, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
        var storage = new CountingStorage(sqlite);
        using var harness = new FlowHarness(storage);
        var client = harness.Client();
        await client.SendAsync("I'm worried about my son's reading"); // creates both keys

        storage.Reset();
        var replies = await client.SendAsync("I haven't asked yet");

        Assert.Equal(1, storage.Reads);
        Assert.Equal(2, storage.KeysRead);
        Assert.Equal(1, storage.Writes);
        Assert.NotEmpty(replies);
        // The answer was saved: a restart of the bot on the same store asks the next question, not this one again.
        using var restarted = new FlowHarness(storage);
        var next = await restarted.Client().SendAsync("review");
        Assert.Contains("I haven't asked yet", next.Joined(), StringComparison.OrdinalIgnoreCase);
    }

    private sealed class CountingStorage(IStateDocumentStore inner) : IStateDocumentStore
    {
        public int Reads { get; private set; }
        public int KeysRead { get; private set; }
        public int Writes { get; private set; }

        public void Reset() => (Reads, KeysRead, Writes) = (0, 0, 0);

        public Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            KeysRead += keys.Count;
            return inner.ReadDocumentsAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyList<string>> WriteDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.WriteDocumentsAsync(writes, cancellationToken);
        }

        public Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) => inner.DeleteDocumentsAsync(keys, cancellationToken);
    }
}

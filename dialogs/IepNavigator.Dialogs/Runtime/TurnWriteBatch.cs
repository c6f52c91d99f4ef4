using IepNavigator.Storage;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// The end of one turn's saves, collected into a single storage write. <see cref="BotState"/> keeps a turn's
/// state in <see cref="ITurnContext.TurnState"/> under its class name and never exposes its storage, so this batch
/// is an <see cref="IStorage"/> that only collects: the standard states built over it (<see cref="States"/>) share
/// the turn's cache with the host's own ConversationState/UserState, and their SaveChangesAsync hands each changed
/// item here instead of writing it. <see cref="WriteToAsync"/> then writes every changed key in one call, which
/// the stores apply all or nothing (each key's ETag checked).
/// </summary>
internal sealed class TurnWriteBatch : IStorage
{
    private readonly Dictionary<string, object> _changes = new(StringComparer.Ordinal);

    public TurnWriteBatch() =>
        States = [new ConversationState(this), new UserState(this), new PrivateConversationState(this)];

    /// <summary>The standard states of a turn, over this batch: saving one adds its key if it changed.</summary>
    public IReadOnlyList<BotState> States { get; }

    /// <summary>The changed items, by storage key (each is the very object cached for the turn, ETag included).</summary>
    public IReadOnlyDictionary<string, object> Changes => _changes;

    /// <summary>Writes every collected item in one <see cref="IStorage.WriteAsync"/> call; nothing when none changed.</summary>
    public Task WriteToAsync(IStorage storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (storage is SqlStateStore)
        {
            // A key the turn found missing is created only if still missing: a racing first turn conflicts and is re-run.
            foreach (var item in _changes.Values)
            {
                MarkCreateOnlyIfNew(item);
            }
        }
        // The same objects the turn's cache holds: the store sets their new ETag, so a later save in the turn matches.
        return _changes.Count == 0 ? Task.CompletedTask : storage.WriteAsync(new Dictionary<string, object>(_changes, StringComparer.Ordinal), cancellationToken);
    }

    private static void MarkCreateOnlyIfNew(object item)
    {
        switch (item)
        {
            case IStoreItem { ETag: null or "" } storeItem:
                storeItem.ETag = SqlStateStore.CreateOnlyETag;
                break;
            case Newtonsoft.Json.Linq.JObject json when json["eTag"] is null && json["ETag"] is null:
                json["eTag"] = SqlStateStore.CreateOnlyETag;
                break;
            case IDictionary<string, object> { IsReadOnly: false } dictionary when !dictionary.ContainsKey("eTag") && !dictionary.ContainsKey("ETag"):
                dictionary["eTag"] = SqlStateStore.CreateOnlyETag;
                break;
        }
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, item) in changes)
        {
            _changes[key] = item;
        }
        return Task.CompletedTask;
    }

    // The batch only collects saves; a state read or delete through it would be a bug (it would see nothing).
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("A turn's write batch only collects saves; read through the host's storage.");

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("A turn's write batch only collects saves; delete through the host's storage.");
}

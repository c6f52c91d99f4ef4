using System.Text.Json;
using IepNavigator.Storage;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs.State;

/// <summary>
/// A turn's state: the conversation's <see cref="ConversationDocument"/> and the parent's <see cref="UserDocument"/>,
/// read in ONE <see cref="IStateDocumentStore.ReadDocumentsAsync"/> when the turn starts, kept for the turn in its
/// <see cref="TurnNotes"/>, and saved in ONE all-or-nothing write at its end (only the documents the turn
/// opened and changed; each with the ETag it was read with, or create-only for a key that did not exist yet, so two
/// first turns racing conflict instead of overwriting). Keys are Bot Framework's own ("{channel}/conversations/{id}",
/// "{channel}/users/{id}"), so rows stored before issue 16, "delete my data" and retention all find them.
/// <para>
/// A row that cannot be read (tampered, copied, the key ring lost, not JSON of our shape, or a newer release's shape) is
/// logged by key only, replaced by a fresh document on this turn's save, and <see cref="StartedAfresh"/> says so; the
/// other key is kept.
/// </para>
/// </summary>
public sealed partial class TurnStateStore(IStateDocumentStore store, ILogger<TurnStateStore> logger) : ITurnState
{
    /// <inheritdoc />
    public async Task LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var turn = TurnNotes.Of(turnContext);
        turn.Documents ??= await ReadAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ReloadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        TurnNotes.Of(turnContext).Documents = await ReadAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The parent's document, to read and change; it is saved with the turn.</summary>
    public async Task<UserDocument> UserAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var slot = (await DocumentsAsync(turnContext, cancellationToken).ConfigureAwait(false)).User;
        slot.Opened = true;
        return slot.Document;
    }

    /// <summary>The parent's document to look at only (the language choice): looking does not make the turn save it.</summary>
    public async Task<UserDocument> PeekUserAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await DocumentsAsync(turnContext, cancellationToken).ConfigureAwait(false)).User.Document;

    /// <summary>The conversation's document, to read and change; it is saved with the turn.</summary>
    public async Task<ConversationDocument> ConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var slot = (await DocumentsAsync(turnContext, cancellationToken).ConfigureAwait(false)).Conversation;
        slot.Opened = true;
        return slot.Document;
    }

    /// <inheritdoc />
    public async Task<DialogStack> DialogStackAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await ConversationAsync(turnContext, cancellationToken).ConfigureAwait(false)).DialogStack;

    /// <summary>Which documents this turn found unreadable and started afresh (the bot apologises once).</summary>
    public FreshStart StartedAfresh(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return TurnNotes.Find(turnContext)?.Documents is { } documents
            ? (documents.User.Unreadable ? FreshStart.Case : FreshStart.None) | (documents.Conversation.Unreadable ? FreshStart.Conversation : FreshStart.None)
            : FreshStart.None;
    }

    /// <inheritdoc />
    public async Task SaveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (TurnNotes.Find(turnContext)?.Documents is not { } documents)
        {
            return;
        }
        var conversation = documents.Conversation.Changes(StateJson.Write);
        var user = documents.User.Changes(StateJson.Write);
        var writes = new List<DocumentWrite>(2);
        if (conversation is not null)
        {
            writes.Add(conversation);
        }
        if (user is not null)
        {
            writes.Add(user);
        }
        if (writes.Count == 0)
        {
            return;
        }
        var etags = await store.WriteDocumentsAsync(writes, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < writes.Count; i++)
        {
            (writes[i] == conversation ? (Slot)documents.Conversation : documents.User).Saved(etags[i], writes[i].Utf8Json);
        }
    }

    /// <summary>"Delete my data": removes the parent's document now; the rest of the turn sees an empty one (saved only if changed).</summary>
    public async Task DeleteUserAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var documents = await DocumentsAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (documents.User.Key is { } key)
        {
            await store.DeleteDocumentsAsync([key], cancellationToken).ConfigureAwait(false);
        }
        documents.User = Slot<UserDocument>.Missing(documents.User.Key, new UserDocument(), StateJson.Write);
    }

    private async Task<TurnDocuments> DocumentsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // One turn-state lookup per call (TurnNotes says why they are counted).
        var turn = TurnNotes.Of(turnContext);
        return turn.Documents ??= await ReadAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TurnDocuments> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var conversationKey = activity?.ChannelId is { Length: > 0 } channel && activity.Conversation?.Id is { Length: > 0 } conversationId
            ? $"{channel}/conversations/{conversationId}" : null;
        var userKey = activity?.ChannelId is { Length: > 0 } userChannel && activity.From?.Id is { Length: > 0 } userId
            ? $"{userChannel}/users/{userId}" : null;
        List<string> keys = [.. new[] { conversationKey, userKey }.OfType<string>()];
        var found = keys.Count == 0 ? [] : await store.ReadDocumentsAsync(keys, cancellationToken).ConfigureAwait(false);
        return new TurnDocuments(
            Open(conversationKey, found, StateJson.ReadConversation, StateJson.Write, () => new ConversationDocument()),
            Open(userKey, found, StateJson.ReadUser, StateJson.Write, () => new UserDocument()));
    }

    private Slot<T> Open<T>(string? key, IReadOnlyList<StoredDocument> found, Func<ReadOnlySpan<byte>, T> read, Func<T, byte[]> write, Func<T> fresh)
        where T : class
    {
        var stored = key is null ? null : found.FirstOrDefault(d => d.Key == key);
        if (stored is null)
        {
            return Slot<T>.Missing(key, fresh(), write);
        }
        if (stored.Utf8Json is { } json)
        {
            try
            {
                return new Slot<T>(key, stored.ETag, json, read(json));
            }
            catch (JsonException)
            {
                // Below: not our JSON, or a newer release's shape.
            }
        }
        // The key only: the row's content is a parent's case, never logged.
        LogUnreadable(logger, key!);
        return new Slot<T>(key, stored.ETag, null, fresh()) { Unreadable = true };
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "State item '{Key}' could not be read (not decryptable, not our JSON, or a newer release's shape); the parent starts afresh and it is replaced on this turn's save.")]
    private static partial void LogUnreadable(ILogger logger, string key);

    /// <summary>The turn's two documents (kept in <see cref="TurnNotes.Documents"/>).</summary>
    internal sealed class TurnDocuments(Slot<ConversationDocument> conversation, Slot<UserDocument> user)
    {
        public Slot<ConversationDocument> Conversation { get; } = conversation;

        public Slot<UserDocument> User { get; set; } = user;
    }

    internal abstract class Slot
    {
        public abstract void Saved(string etag, byte[] json);
    }

    /// <summary>One document of the turn: its key (null when the activity has none: kept in memory only), the ETag it was read with (null: the key did not exist), and the bytes it was read as.</summary>
    internal sealed class Slot<T>(string? key, string? etag, byte[]? baseline, T document) : Slot
        where T : class
    {
        public string? Key { get; } = key;

        public T Document { get; } = document;

        public bool Opened { get; set; }

        public bool Unreadable { get; init; }

        private string? ETag { get; set; } = etag;

        private byte[]? Baseline { get; set; } = baseline;

        public static Slot<T> Missing(string? key, T document, Func<T, byte[]> write) => new(key, null, write(document), document);

        /// <summary>The write this document needs, or null: not opened this turn, kept in memory only, or unchanged.</summary>
        public DocumentWrite? Changes(Func<T, byte[]> write)
        {
            if (Key is null || (!Opened && !Unreadable))
            {
                return null;
            }
            var json = write(Document);
            return Baseline is not null && json.AsSpan().SequenceEqual(Baseline) ? null : new DocumentWrite(Key, json, ETag ?? DocumentWrite.CreateOnly);
        }

        public override void Saved(string etag, byte[] json)
        {
            ETag = etag;
            Baseline = json;
        }
    }
}

/// <summary>Which of a turn's documents could not be read and started afresh.</summary>
[Flags]
public enum FreshStart
{
    None = 0,
    Conversation = 1,
    Case = 2,
}

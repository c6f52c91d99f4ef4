namespace IepNavigator.Storage;

/// <summary>
/// State as JSON documents with optimistic concurrency, for callers that serialize their own types (the chat's typed
/// case and dialog stack): one call reads a turn's keys, one call writes what the turn changed, all or nothing. The SQL
/// stores implement it over the same rows as Bot Framework's <c>IStorage</c> (sealed at rest, the same ETags, the same
/// "delete my data" and retention), so a row written through either reads through the other.
/// </summary>
public interface IStateDocumentStore
{
    /// <summary>
    /// The stored documents among <paramref name="keys"/>; a missing key is simply absent. A row that does not open
    /// (tampered, copied under another key, the key ring lost) comes back with <see cref="StoredDocument.IsReadable"/>
    /// false instead of failing the whole read, so the caller can start that key afresh and keep the others.
    /// </summary>
    Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes every document or none. Each write names what it expects: the ETag it read (the row must still have it),
    /// <see cref="DocumentWrite.CreateOnly"/> (the key must not exist yet: two first turns racing conflict instead of one
    /// silently replacing the other) or <see cref="DocumentWrite.AnyETag"/>. A failed expectation throws
    /// <see cref="StorageConcurrencyException"/> and writes nothing. Returns the new ETags, in the order of <paramref name="writes"/>.
    /// </summary>
    Task<IReadOnlyList<string>> WriteDocumentsAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the keys (idempotent).</summary>
    Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);
}

/// <summary>One stored document: its key, its current ETag, and its UTF-8 JSON (null when the row cannot be opened).</summary>
public sealed record StoredDocument(string Key, string ETag, byte[]? Utf8Json)
{
    /// <summary>False for a row that exists but does not decrypt; its content is never exposed or logged.</summary>
    public bool IsReadable => Utf8Json is not null;
}

/// <summary>One document to write and what the caller expects of the stored row (see <see cref="IStateDocumentStore.WriteDocumentsAsync"/>).</summary>
public sealed record DocumentWrite(string Key, byte[] Utf8Json, string ExpectedETag)
{
    /// <summary>The key must not exist yet.</summary>
    public const string CreateOnly = "!new";

    /// <summary>Overwrite whatever is stored (or create).</summary>
    public const string AnyETag = "*";
}

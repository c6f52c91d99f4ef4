namespace IepNavigator.Storage.Documents;

/// <summary>
/// One stored row as the database returns it, before it is opened: <see cref="Document"/> is the protected
/// payload (or, for a row written by a version before encryption, the plain JSON's UTF-8 bytes).
/// </summary>
internal readonly record struct StoredRow(string Key, string ETag, byte[] Document);

/// <summary>
/// One item to write, its <see cref="Document"/> already protected. <see cref="ExpectedETag"/> null means
/// "overwrite whatever is there"; otherwise the stored row must exist with exactly that ETag.
/// </summary>
internal sealed record StateWrite(string Key, byte[] Document, string? ExpectedETag, string NewETag);

/// <summary>How a <see cref="KeyPattern"/> compares its text with a key (always literal and case-sensitive).</summary>
internal enum KeyMatch
{
    StartsWith,
    EndsWith,
    Contains,
}

/// <summary>One condition on keys; a delete or count matches keys that satisfy any of its patterns.</summary>
internal sealed record KeyPattern(KeyMatch Match, string Text);

namespace IepNavigator.Storage.Documents;

/// <summary>One stored row as the database returns it, before it is parsed.</summary>
internal readonly record struct StoredRow(string Key, string ETag, string Document);

/// <summary>
/// One item to write. <see cref="ExpectedETag"/> null means "overwrite whatever is there"; otherwise the
/// stored row must exist with exactly that ETag.
/// </summary>
internal sealed record StateWrite(string Key, string Document, string? ExpectedETag, string NewETag);

/// <summary>How a <see cref="KeyPattern"/> compares its text with a key (always literal and case-sensitive).</summary>
internal enum KeyMatch
{
    StartsWith,
    EndsWith,
    Contains,
}

/// <summary>One condition on keys; a delete or count matches keys that satisfy any of its patterns.</summary>
internal sealed record KeyPattern(KeyMatch Match, string Text);

namespace IepNavigator.Dialogs.IepUploads;

/// <summary>What came of fetching a file a parent sent.</summary>
public enum AttachmentFetchStatus
{
    Fetched,
    /// <summary>Larger than the limit asked for: not read past it.</summary>
    TooLarge,
    /// <summary>Gone, expired, not reachable from this host, or from a channel this host cannot download from.</summary>
    Unavailable,
}

/// <summary>A file's bytes, in memory for the length of the turn only.</summary>
public sealed record AttachmentFetch(AttachmentFetchStatus Status, ReadOnlyMemory<byte> Bytes)
{
    public static AttachmentFetch Unavailable { get; } = new(AttachmentFetchStatus.Unavailable, ReadOnlyMemory<byte>.Empty);

    public static AttachmentFetch TooLarge { get; } = new(AttachmentFetchStatus.TooLarge, ReadOnlyMemory<byte>.Empty);

    public static AttachmentFetch Of(ReadOnlyMemory<byte> bytes) => new(AttachmentFetchStatus.Fetched, bytes);
}

/// <summary>
/// The bytes of a file sent in the chat, by the activity's <see cref="Attachment"/>. The host implements it (the dialogs
/// know no HTTP): the embedded Direct Line's upload store, in process, then removed from it; a Teams file from its
/// pre-authorised download link. The source never keeps the file and never logs its name.
/// </summary>
public interface IAttachmentSource
{
    Task<AttachmentFetch> FetchAsync(Attachment attachment, int maxBytes, CancellationToken cancellationToken);
}

/// <summary>For a host that cannot fetch files (tests, a bot without a channel that carries them): every file is unavailable.</summary>
public sealed class NoAttachmentSource : IAttachmentSource
{
    public Task<AttachmentFetch> FetchAsync(Attachment attachment, int maxBytes, CancellationToken cancellationToken) =>
        Task.FromResult(AttachmentFetch.Unavailable);
}

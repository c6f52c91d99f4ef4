using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Attachments;

/// <summary>An uploaded file as stored.</summary>
public sealed record StoredAttachment(string Id, byte[] Content, string ContentType, string Name, DateTimeOffset ExpiresAt);

/// <summary>
/// Files parents upload through the widget, in memory for a short time under unguessable ids (the browser
/// opens their links without headers, so the id is the only key). Bounded in total bytes; lost on restart.
/// </summary>
public sealed class AttachmentStore(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, StoredAttachment> _files = new(StringComparer.Ordinal);
    private readonly Lock _evictionLock = new();

    public StoredAttachment Add(byte[] content, string contentType, string name)
    {
        ArgumentNullException.ThrowIfNull(content);
        var attachment = new StoredAttachment(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), content, contentType, name, clock.GetUtcNow() + options.Value.AttachmentLifetime);
        _files[attachment.Id] = attachment;
        Evict();
        return attachment;
    }

    public StoredAttachment? Find(string id) =>
        _files.TryGetValue(id, out var file) && file.ExpiresAt > clock.GetUtcNow() ? file : null;

    /// <summary>
    /// The file, removed from the store: the bot read it and it is not kept (its download link stops working). Null when
    /// it expired, was evicted or was taken already.
    /// </summary>
    public StoredAttachment? Take(string id) =>
        _files.TryRemove(id, out var file) && file.ExpiresAt > clock.GetUtcNow() ? file : null;

    private void Evict()
    {
        lock (_evictionLock)
        {
            var now = clock.GetUtcNow();
            foreach (var expired in _files.Values.Where(f => f.ExpiresAt <= now))
            {
                _files.TryRemove(expired.Id, out _);
            }

            var total = _files.Values.Sum(f => (long)f.Content.Length);
            foreach (var oldest in _files.Values.OrderBy(f => f.ExpiresAt))
            {
                if (total <= options.Value.MaxAttachmentStoreBytes)
                {
                    break;
                }

                if (_files.TryRemove(oldest.Id, out _))
                {
                    total -= oldest.Content.Length;
                }
            }
        }
    }
}

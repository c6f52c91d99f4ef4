using IepNavigator.Dialogs.IepUploads;
using IepNavigator.DirectLine.Attachments;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.IepReading;

/// <summary>
/// The bytes of a file a parent sent in the chat, for the dialogs: a widget upload straight from the embedded Direct
/// Line's <see cref="AttachmentStore"/> (in process, then removed: read once, never kept); a Teams file from its
/// pre-authorised <c>downloadUrl</c>, read up to the limit. Nothing about the file (name, link, size) is logged.
/// </summary>
public sealed class ChatAttachmentSource(IHttpClientFactory http, AttachmentStore? uploads = null) : IAttachmentSource
{
    public const string HttpClientName = "chat-files";
    private const string DirectLineAttachments = "/v3/directline/attachments/";

    public async Task<AttachmentFetch> FetchAsync(Attachment attachment, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (attachment.ContentType == ChatFiles.TeamsFileDownloadInfo)
        {
            return await DownloadAsync(TeamsDownloadUrl(attachment), maxBytes, cancellationToken).ConfigureAwait(false);
        }
        if (uploads is not null && UploadId(attachment.ContentUrl) is { } id)
        {
            var file = uploads.Take(id);
            return file is null ? AttachmentFetch.Unavailable
                : file.Content.Length > maxBytes ? AttachmentFetch.TooLarge
                : AttachmentFetch.Of(file.Content);
        }
        return AttachmentFetch.Unavailable;
    }

    /// <summary>The store id in an embedded Direct Line link (…/v3/directline/attachments/{id}), whatever host name the link carries.</summary>
    internal static string? UploadId(string? contentUrl)
    {
        if (!Uri.TryCreate(contentUrl, UriKind.Absolute, out var url) && !Uri.TryCreate(new Uri("http://localhost"), contentUrl, out url))
        {
            return null;
        }
        var path = url.AbsolutePath;
        var at = path.LastIndexOf(DirectLineAttachments, StringComparison.Ordinal);
        var id = at < 0 ? "" : path[(at + DirectLineAttachments.Length)..];
        return id.Length > 0 && id.All(char.IsAsciiHexDigitLower) ? id : null;
    }

    private static Uri? TeamsDownloadUrl(Attachment attachment)
    {
        var content = attachment.Content switch
        {
            JObject json => json,
            string text => TryParse(text),
            null => null,
            var other => JObject.FromObject(other),
        };
        return content?.Value<string>("downloadUrl") is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps ? url : null;
    }

    private static JObject? TryParse(string text)
    {
        try
        {
            return JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes: a larger file is said to be too large, never buffered.</summary>
    private async Task<AttachmentFetch> DownloadAsync(Uri? url, int maxBytes, CancellationToken cancellationToken)
    {
        if (url is null)
        {
            return AttachmentFetch.Unavailable;
        }
        try
        {
            using var client = http.CreateClient(HttpClientName);
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return AttachmentFetch.Unavailable;
            }
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return AttachmentFetch.TooLarge;
            }
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var file = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                file.Write(chunk, 0, n);
                if (file.Length > maxBytes)
                {
                    return AttachmentFetch.TooLarge;
                }
            }
            return AttachmentFetch.Of(file.ToArray());
        }
        catch (HttpRequestException)
        {
            return AttachmentFetch.Unavailable;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The client's own timeout.
            return AttachmentFetch.Unavailable;
        }
    }
}

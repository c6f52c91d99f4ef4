using System.Text;
using IepNavigator.DirectLine.Attachments;
using IepNavigator.DirectLine.Conversations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace IepNavigator.DirectLine.Http;

/// <summary>
/// POST /conversations/{id}/upload: a multipart body with an <c>activity</c> part (JSON, no contentUrls) and
/// one <c>file</c> part per attachment. Files get short-lived download links; the activity goes on as a post.
/// GET /attachments/{id} serves them, always as a download (never rendered on this origin).
/// </summary>
internal static class UploadEndpoint
{
    public static async Task<IResult> UploadAsync(HttpRequest request, string conversationId, DirectLineAuthenticator auth, DirectLineChannel channel, AttachmentStore store, IOptions<DirectLineOptions> options)
    {
        var (conversation, error) = await ConversationEndpoints.AuthorizeAsync(request, conversationId, auth, channel).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit)
        {
            return DirectLineErrors.TooLarge();
        }

        if (!request.HasFormContentType)
        {
            return DirectLineErrors.BadRequest("Expected multipart/form-data.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueLengthLimit = limit }, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return DirectLineErrors.TooLarge();
        }

        if (form.Files.Sum(f => f.Length) > limit)
        {
            return DirectLineErrors.TooLarge();
        }

        var activity = await ReadActivityAsync(form).ConfigureAwait(false);
        if (activity is null)
        {
            return DirectLineErrors.BadRequest("The upload has no valid activity part.");
        }

        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline/attachments/";
        activity.Attachments = [];
        foreach (var file in form.Files.Where(f => f.Name == "file"))
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
            var stored = store.Add(buffer.ToArray(), string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType, Path.GetFileName(file.FileName));
            activity.Attachments.Add(new Attachment(stored.ContentType, baseUrl + stored.Id, name: stored.Name));
        }

        var id = await channel.PostFromUserAsync(conversation!, activity, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return Results.Text(ActivityJson.Serialize(new ResourceResponse(id)), "application/json");
    }

    public static IResult Download(string attachmentId, HttpResponse response, AttachmentStore store)
    {
        var file = store.Find(attachmentId);
        if (file is null)
        {
            return Results.NotFound();
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return Results.File(file.Content, file.ContentType, fileDownloadName: file.Name);
    }

    /// <summary>DLJS sends the activity as a Blob part (so a file named "blob"); a plain field is accepted too.</summary>
    private static async Task<Activity?> ReadActivityAsync(IFormCollection form)
    {
        string? json = form.TryGetValue("activity", out var field) ? field.ToString() : null;
        if (string.IsNullOrEmpty(json) && form.Files.GetFile("activity") is { } part)
        {
            using var reader = new StreamReader(part.OpenReadStream(), Encoding.UTF8);
            json = await reader.ReadToEndAsync().ConfigureAwait(false);
        }

        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var activity = ActivityJson.Deserialize(json);
            return activity.Type == ActivityTypes.Message ? activity : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

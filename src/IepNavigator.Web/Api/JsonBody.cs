using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IepNavigator.Web.Api;

/// <summary>
/// Reads a JSON request body into a contract type, turning every way it can be wrong into a 4xx problem that
/// names the field (model binding would only say "bad request").
/// </summary>
public static class JsonBody
{
    public sealed record ReadResult<T>(T? Value, ProblemHttpResult? Problem);

    public static async Task<ReadResult<T>> ReadAsync<T>(
        HttpRequest request, int maxBytes, JsonSerializerOptions options, CancellationToken cancellationToken) where T : class
    {
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Fail<T>(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json.");
        }
        if (request.ContentLength > maxBytes)
        {
            return Fail<T>(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return Fail<T>(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return Fail<T>(StatusCodes.Status400BadRequest, "The body is empty; a JSON object was expected.");
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
            return value is null
                ? Fail<T>(StatusCodes.Status400BadRequest, "The body must be a JSON object, not null.")
                : new ReadResult<T>(value, null);
        }
        catch (JsonException ex)
        {
            var field = FieldName(ex.Path);
            var detail = field is null
                ? "The body is not valid JSON."
                : $"The field '{field}' has a value of the wrong type or an impossible value.";
            var problem = TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request body",
                extensions: field is null ? null : new Dictionary<string, object?> { ["field"] = field });
            return new ReadResult<T>(null, problem);
        }
    }

    /// <summary>"$.concerns[2]" → "concerns"; "$" or none → null.</summary>
    private static string? FieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }
        var name = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var end = name.IndexOfAny(['.', '[']);
        name = end > 0 ? name[..end] : name;
        return name.Length == 0 ? null : name;
    }

    private static ReadResult<T> Fail<T>(int status, string detail) =>
        new(default, TypedResults.Problem(detail: detail, statusCode: status));
}

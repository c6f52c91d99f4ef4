using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Widget;

/// <summary>Azure mode: exchanges the Direct Line secret for a user-bound token, server-side only.</summary>
public sealed class AzureDirectLineClient(HttpClient http, IOptions<DirectLineOptions> options)
{
    public const string HttpClientName = "DirectLine.Azure";

    /// <summary>POST tokens/generate with the secret; the token is bound to <paramref name="userId"/>.</summary>
    public Task<AzureToken?> GenerateAsync(string userId, CancellationToken cancellationToken) =>
        PostAsync("tokens/generate", options.Value.Secret, new { user = new { id = userId } }, cancellationToken);

    /// <summary>POST tokens/refresh with a still-valid token; null when Azure refuses it.</summary>
    public Task<AzureToken?> RefreshAsync(string token, CancellationToken cancellationToken) =>
        PostAsync("tokens/refresh", token, null, cancellationToken);

    private async Task<AzureToken?> PostAsync(string path, string? bearer, object? body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(bearer))
        {
            throw new InvalidOperationException("DirectLine:Secret is required when DirectLine:Mode is Azure.");
        }

        var baseUri = options.Value.AzureEndpoint.ToString().TrimEnd('/') + "/";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(baseUri), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode
            ? await response.Content.ReadFromJsonAsync<AzureToken>(cancellationToken).ConfigureAwait(false)
            : null;
    }
}

/// <summary>Azure's token answer.</summary>
public sealed record AzureToken(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

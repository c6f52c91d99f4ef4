using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace IepNavigator.Web.Limits;

/// <summary>
/// One body limit for every endpoint: a declared length over it is refused before a byte is read, and the
/// server (Kestrel) stops an undeclared (chunked) body at the same limit while the endpoint reads it.
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    public Task InvokeAsync(HttpContext http)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return Results.Problem(detail: $"The request body is larger than {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge)
                .ExecuteAsync(http);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        return next(http);
    }
}

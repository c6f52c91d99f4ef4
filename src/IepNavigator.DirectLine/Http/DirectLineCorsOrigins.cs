using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Http;

/// <summary>Applies <c>DirectLine:AllowedOrigins</c> to the CORS policy once settings are bound (empty = any origin).</summary>
internal sealed class DirectLineCorsOrigins(IOptions<DirectLineOptions> options) : IConfigureOptions<CorsOptions>
{
    public void Configure(CorsOptions cors)
    {
        var policy = cors.GetPolicy(DirectLineServiceCollectionExtensions.CorsPolicyName);
        if (policy is null)
        {
            return;
        }

        if (options.Value.AllowedOrigins.Count == 0)
        {
            policy.Origins.Add(CorsConstants.AnyOrigin);
            return;
        }

        foreach (var origin in options.Value.AllowedOrigins)
        {
            policy.Origins.Add(origin.TrimEnd('/'));
        }
    }
}

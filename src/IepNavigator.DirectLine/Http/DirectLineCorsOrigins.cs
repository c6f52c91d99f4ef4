using IepNavigator.DirectLine.Widget;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace IepNavigator.DirectLine.Http;

/// <summary>Applies <c>Widget:AllowedOrigins</c> to the CORS policy once settings are bound (empty = any origin).</summary>
internal sealed class DirectLineCorsOrigins(IOptions<WidgetOptions> options) : IConfigureOptions<CorsOptions>
{
    public void Configure(CorsOptions cors)
    {
        var policy = cors.GetPolicy(DirectLineServiceCollectionExtensions.CorsPolicyName);
        if (policy is null)
        {
            return;
        }

        if (options.Value.AllowsAnyOrigin)
        {
            policy.Origins.Add(CorsConstants.AnyOrigin);
            return;
        }

        foreach (var origin in options.Value.NormalizedOrigins())
        {
            policy.Origins.Add(origin);
        }
    }
}

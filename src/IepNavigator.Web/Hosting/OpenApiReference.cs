using Scalar.AspNetCore;

namespace IepNavigator.Web.Hosting;

public static class OpenApiReference
{
    /// <summary>
    /// The OpenAPI document at /openapi/v1.json and a browsable reference at /scalar/v1, served from this host only:
    /// no fonts from Scalar's CDN, and its inline scripts carry the per-request nonce the CSP allows.
    /// </summary>
    public static WebApplication MapOpenApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("IEP Navigator API").DisableDefaultFonts().WithNonce());
        return app;
    }
}

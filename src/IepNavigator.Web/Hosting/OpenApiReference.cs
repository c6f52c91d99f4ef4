using Scalar.AspNetCore;

namespace IepNavigator.Web.Hosting;

public static class OpenApiReference
{
    /// <summary>The OpenAPI document at /openapi/v1.json and a browsable reference at /scalar/v1.</summary>
    public static WebApplication MapOpenApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("IEP Navigator API"));
        return app;
    }
}

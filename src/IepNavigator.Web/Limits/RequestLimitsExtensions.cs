using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace IepNavigator.Web.Limits;

/// <summary>Body size, rate limits and timeouts for every endpoint of the host (section "Limits").</summary>
public static class RequestLimitsExtensions
{
    /// <summary>Set on a request once the limits ran, so a second registration (tests, a host that adds it twice) is a no-op.</summary>
    private const string AppliedItem = "IepNavigator.Limits.Applied";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(BadHttpRequestExceptionHandler)))
        {
            return services;
        }
        services.AddOptions<RequestLimitsOptions>().Bind(configuration.GetSection(RequestLimitsOptions.Section))
            .Validate(o => o.MaxRequestBodyBytes >= 64 * 1024, "Limits:MaxRequestBodyBytes must be at least 64 KB.")
            .Validate(o => o.PermitsPerIpPerWindow > 0 && o.PermitsPerUserPerWindow > 0, "Limits: permits must be positive.")
            .Validate(o => o.Window > TimeSpan.Zero && o.RequestTimeout > TimeSpan.Zero, "Limits: Window and RequestTimeout must be positive.")
            .ValidateOnStart();

        services.AddSingleton<BadHttpRequestExceptionHandler>();
        services.AddExceptionHandler<BadHttpRequestExceptionHandler>();
        services.AddSingleton<ChatUserLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitsOptions>, ChatUserLimiter>((limiter, limits, users) =>
        {
            limiter.GlobalLimiter = NavigatorRateLimiter.Create(limits.Value, users);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, token) => RateLimitRejection.WriteAsync(context, limits.Value.Window, token);
        });
        services.AddRequestTimeouts(_ => { });
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestLimitsOptions>>((timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = limits.Value.RequestTimeout,
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            });
        return services;
    }

    /// <summary>For <c>Program.cs</c>: call after UseExceptionHandler and before the endpoints are mapped.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        ((IApplicationBuilder)app).UseRequestLimits();
        return app;
    }

    /// <summary>The same limits on any pipeline (tests add them with a startup filter).</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        var enabled = app.ApplicationServices.GetRequiredService<IOptions<RequestLimitsOptions>>().Value.Enabled;
        if (!enabled)
        {
            return app;
        }
        app.UseWhen(http => !http.Items.ContainsKey(AppliedItem), limited =>
        {
            limited.Use((http, next) =>
            {
                http.Items[AppliedItem] = true;
                return next(http);
            });
            limited.UseMiddleware<BodySizeLimitMiddleware>();
            limited.UseMiddleware<UserKeyMiddleware>();
            limited.UseRateLimiter();
            // A WebSocket (the Direct Line stream) lives as long as the chat is open: no timeout for it.
            limited.UseWhen(http => !IsLongLived(http), timed => timed.UseRequestTimeouts());
        });
        return app;
    }

    private static bool IsLongLived(HttpContext http) =>
        http.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest == true
        || http.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect == true;
}

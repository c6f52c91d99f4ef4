using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Hostile.Tests;

/// <summary>A request that never finishes on its own is cancelled at Limits:RequestTimeout and answered 504.</summary>
public sealed class RequestTimeoutTests
{
    private const string HangingPath = "/test-only/hangs";

    /// <summary>A stand-in for a stuck store: waits until the request is cancelled, then lets the cancellation surface.</summary>
    private sealed class HangingEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, nextMiddleware) =>
            {
                if (http.Request.Path == HangingPath)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted);
                    return;
                }
                await nextMiddleware(http);
            });
            next(app);
        };
    }

    [Fact]
    public async Task HangingRequest_IsCancelledAtTheTimeout_With504()
    {
        using var host = new HostileHost(new() { ["Limits:RequestTimeout"] = "00:00:00.300" },
            services => services.AddSingleton<IStartupFilter, HangingEndpointFilter>());
        var client = host.CreateBoundedClient();

        using var response = await client.GetAsync(new Uri(HangingPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        using var healthy = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }
}

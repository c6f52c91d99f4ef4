using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Hostile.Tests.Callers;

/// <summary>
/// A server on 127.0.0.1 that records every request and answers as a Bot Connector would ({"id"}), standing in for
/// whatever host an activity's serviceUrl names: the test asks whether the bot ever called it.
/// </summary>
public sealed class LoopbackListener : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<string> requests = new();

    private LoopbackListener(WebApplication app) => this.app = app;

    /// <summary>Its base URL, ending with a slash, as channels send serviceUrl.</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<string> Requests => [.. requests];

    public static async Task<LoopbackListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var listener = new LoopbackListener(app);
        app.Run(async http =>
        {
            listener.requests.Enqueue(http.Request.Method + " " + http.Request.Path);
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync("""{"id":"1"}""");
        });
        await app.StartAsync();
        listener.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return listener;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

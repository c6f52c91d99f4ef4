using System.Net;
using System.Text.RegularExpressions;
using IepNavigator.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Triage.Tests.Infrastructure;

/// <summary>
/// A host composed the way Program.cs composes it (AddKnowledge, AddTriage, MapTriage) on a real loopback
/// Kestrel, with a browser-like client that keeps cookies and does not follow redirects.
/// </summary>
internal sealed partial class ConsoleHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConsoleHost(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="clock">The host's clock (default: the machine's); tests of lockouts pass a fake one and move it.</param>
    public static async Task<ConsoleHost> StartAsync(Uri? webhook = null, TimeProvider? clock = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("iepnav-console-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(await TriageConfiguration.CreateAsync(TriageDatabaseKind.Sqlite, dataDirectory, webhook));
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }
        builder.Services.AddKnowledge();
        builder.Services.AddTriage(builder.Configuration);
        var app = builder.Build();
        app.MapTriage();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ConsoleHost(app, new Uri(address));
    }

    /// <summary>Opens the sign-in page and posts the form, as a browser would.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var token = await FormTokenAsync("/advocates/sign-in");
        return await Client.PostAsync(new Uri("/advocates/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = userName,
            ["password"] = password,
        }));
    }

    /// <summary>The antiforgery token in the page at <paramref name="path"/>.</summary>
    public async Task<string> FormTokenAsync(string path)
    {
        var html = await Client.GetStringAsync(new Uri(path, UriKind.Relative));
        return TokenPattern().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No antiforgery token in {path}.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

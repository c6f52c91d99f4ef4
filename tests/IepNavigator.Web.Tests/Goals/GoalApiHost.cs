using IepNavigator.Web.Goals;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Web.Tests.Goals;

/// <summary>
/// The goal API composed exactly as the report asks Program.cs to (problem details, AddGoalHost, MapGoalApi), on a
/// test server with a fake clock. Kept apart from the full host so the tests do not depend on when the lead wires it.
/// </summary>
internal sealed class GoalApiHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    private readonly WebApplication app;

    private GoalApiHost(WebApplication app, FakeTimeProvider clock)
    {
        this.app = app;
        Clock = clock;
        Client = app.GetTestClient();
    }

    public FakeTimeProvider Clock { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => app.Services;

    public static async Task<GoalApiHost> StartAsync()
    {
        var clock = new FakeTimeProvider(Start);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddGoalHost();
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGoalApi();
        await app.StartAsync();
        return new GoalApiHost(app, clock);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}

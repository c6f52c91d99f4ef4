using System.Net;
using IepNavigator.Web.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IepNavigator.Web.Tests;

public sealed class HealthTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_Endpoints_AreHealthy(string path)
    {
        var client = host.CreateClient();
        // /readyz also waits for the start-up warm-up (FirstTurnWarmUpTests: not ready while it runs).
        await host.Services.GetServices<IHostedService>().OfType<StartWarmUp>().Single().Completion!.WaitAsync(TimeSpan.FromMinutes(2));
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

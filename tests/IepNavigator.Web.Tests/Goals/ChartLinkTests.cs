using System.Net;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Goals.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace IepNavigator.Web.Tests.Goals;

/// <summary>The chat's chart links: they render, and a tampered or expired link is a 404 that reveals nothing.</summary>
public sealed class ChartLinkTests : IAsyncLifetime
{
    private static readonly GoalProgress Fluency = new("goal-1", "wcpm", 45, new DateOnly(2026, 9, 1), 90, new DateOnly(2027, 5, 28));
    private static readonly DataPoint[] Points =
    [
        new(new DateOnly(2026, 9, 22), 46, DataSource.ProgressReport),
        new(new DateOnly(2026, 10, 20), 47, DataSource.WorkSample),
        new(new DateOnly(2026, 11, 17), 52, DataSource.ParentObservation),
    ];

    private GoalApiHost host = null!;

    public async Task InitializeAsync() => host = await GoalApiHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Uri Issue() => host.Services.GetRequiredService<IChartLinkIssuer>().Issue(Fluency, Points, new DateOnly(2026, 11, 20));

    [Fact]
    public async Task IssuedLink_ServesTheChart()
    {
        var link = Issue();

        Assert.StartsWith("/api/v1/goals/chart/", link.ToString(), StringComparison.Ordinal);
        using var response = await host.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((600, 400), PngFile.Size(png));
        Assert.True(PngFile.DistinctColours(png) > 20);
    }

    [Fact]
    public void Link_DoesNotCarryTheNumbersInTheClear()
    {
        var link = Issue().ToString();

        Assert.DoesNotContain("wcpm", link, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedLink_IsA404Problem()
    {
        var link = Issue().ToString();
        var tampered = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];

        using var response = await host.Client.GetAsync(new Uri(tampered, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ExpiredLink_IsA404Problem()
    {
        var link = Issue();
        host.Clock.Advance(TimeSpan.FromHours(3));

        using var response = await host.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

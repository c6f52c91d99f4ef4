using IepNavigator.Dialogs.Goals;
using IepNavigator.Web.Goals;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Web.Tests.Goals;

/// <summary>
/// The goal tracker in the real host (SQLite storage, /api/messages) with AddGoalHost as the
/// report asks Program.cs to add them: the chart arrives as a signed link the host can open.
/// </summary>
public sealed class GoalHostConversationTests : IDisposable
{
    private readonly NavigatorHostFactory host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task DataPointsInTheChat_ChartArrivesAsASignedHostLink_WithTheScreenReaderSummary()
    {
        var clock = new FakeTimeProvider(GoalApiHost.Start);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        using var factory = host.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.AddGoalHost();
            s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        }));
        var client = new BotClient(factory.CreateClient(), "goal-parent");

        await client.SendAsync("check my goals");
        var check = BotClient.Texts(await client.SendAsync(
            "Given a grade-level passage, Maya will read aloud at 90 words correct per minute, up from a baseline of 45 words correct per minute, as measured by monthly curriculum-based probes, by May 2027."));
        Assert.Contains("**Goal 1**: measurable.", check);
        await client.SendAsync("Track progress on a goal");
        await client.SendAsync("May 1");
        await client.SendAsync("June 5");
        await client.SendAsync("48");
        await client.SendAsync("Progress report");
        var verdict = await client.SendAsync("no");

        var image = verdict.SelectMany(r => r["attachments"] as JArray ?? []).OfType<JObject>().Single();
        Assert.Equal("image/png", (string?)image["contentType"]);
        var url = (string)image["contentUrl"]!;
        Assert.StartsWith(ChartLinks.PathPrefix, url, StringComparison.Ordinal);
        Assert.Contains("target 90 words correct per minute by May 31, 2027", (string?)image["name"]);
        var order = await factory.Services.GetRequiredService<ChartLinks>().OpenAsync(url[ChartLinks.PathPrefix.Length..]);
        Assert.NotNull(order);
        Assert.Equal(48, Assert.Single(order.Points).Value);
        Assert.Equal(new DateOnly(2026, 5, 1), order.Goal.BaselineDate);
    }
}

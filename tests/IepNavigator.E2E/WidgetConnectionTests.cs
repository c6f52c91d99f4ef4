using System.Diagnostics;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// When the host cannot be reached, the parent reads the widget's own message (with "Try again") within 10 s,
/// instead of Web Chat's "Taking longer than usual to connect." forever (issue 20).
/// </summary>
public sealed class WidgetConnectionTests
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("en-US", "**/api/widget/token", "The chat could not connect.", "Try again")]      // nothing answers at all
    [InlineData("en-US", "**/v3/directline/**", "The chat could not connect.", "Try again")]      // token issued, Direct Line unreachable
    [InlineData("es-US", "**/api/widget/token", "No se pudo conectar el chat.", "Intentar de nuevo")]
    public async Task HostUnreachable_ShowsTheWidgetsOwnMessage_WithinTenSeconds(string locale, string unreachable, string message, string retry)
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var clock = Stopwatch.StartNew();
        await using var embedded = await EmbeddedWidget.OpenAsync(
            host, browser, $"{CrossOriginEmbedTests.ReadmeTag} data-locale=\"{locale}\"", locale[..2],
            beforeOpen: context => context.RouteAsync(unreachable, route => route.AbortAsync("connectionrefused")),
            waitForSendBox: false);
        var page = embedded.Chat.Page;

        var alert = page.Locator(".iepn-problem[role=alert]");
        await Expect(alert).ToContainTextAsync(message, new() { Timeout = (float)Promise.TotalMilliseconds });
        Assert.True(clock.Elapsed < Promise, $"The message took {clock.Elapsed.TotalSeconds:F1} s.");
        await Expect(alert.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = retry })).ToBeVisibleAsync();
        Assert.DoesNotContain("Taking longer than usual", await page.Locator("#iep-navigator-panel").InnerTextAsync(), StringComparison.Ordinal);

        // The host comes back: "Try again" connects and the welcome arrives; the message is gone.
        await embedded.Context.UnrouteAllAsync();
        await alert.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = retry }).ClickAsync();
        await embedded.Chat.WaitForWelcomeAsync();
        await Expect(alert).ToHaveCountAsync(0);
    }
}

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
        var down = true;
        async Task CutOffAsync(Microsoft.Playwright.IBrowserContext context)
        {
            // When the message appears, in the page's own time (from the start of its navigation).
            await context.AddInitScriptAsync("""
                new MutationObserver((_, observer) => {
                  if (document.querySelector('.iepn-problem')) { window.__problemAt = performance.now(); observer.disconnect(); }
                }).observe(document, { childList: true, subtree: true });
                """);
            await context.RouteAsync(unreachable, route => down ? route.AbortAsync("connectionrefused") : route.ContinueAsync());
            // The stream too: a token that names a stream URL would otherwise connect straight to it.
            await context.RouteWebSocketAsync(unreachable, socket =>
            {
                if (down)
                {
                    _ = socket.CloseAsync(new() { Code = 1011 });
                }
                else
                {
                    socket.ConnectToServer();
                }
            });
        }

        await using var embedded = await EmbeddedWidget.OpenAsync(
            host, browser, $"{CrossOriginEmbedTests.ReadmeTag} data-locale=\"{locale}\"", locale[..2],
            beforeOpen: CutOffAsync, waitForSendBox: false);
        var page = embedded.Chat.Page;

        var alert = page.Locator(".iepn-problem[role=alert]");
        await Expect(alert).ToContainTextAsync(message, new() { Timeout = WebChatPage.Patience });
        var shownAfter = TimeSpan.FromMilliseconds(await page.EvaluateAsync<double>("() => window.__problemAt"));
        Assert.True(shownAfter < Promise, $"The message appeared {shownAfter.TotalSeconds:F1} s after the page started loading.");
        await Expect(alert.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = retry })).ToBeVisibleAsync();
        Assert.DoesNotContain("Taking longer than usual", await page.Locator("#iep-navigator-panel").InnerTextAsync(), StringComparison.Ordinal);

        // The host comes back: "Try again" connects and the welcome arrives; the message is gone.
        down = false;
        await alert.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = retry }).ClickAsync();
        await embedded.Chat.WaitForWelcomeAsync();
        await Expect(alert).ToHaveCountAsync(0);
    }
    [Fact]
    public async Task SlowHost_ShowsTheMessage_ThenTheChatOpensByItself_WhenTheTokenArrives()
    {
        // A phone on a poor network or a host still starting: the token answers after the widget's patience. The
        // parent is told, and the chat still opens when the answer comes, with no "Try again" needed.
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var answered = new TaskCompletionSource();
        async Task SlowTokenAsync(Microsoft.Playwright.IBrowserContext context)
        {
            await context.RouteAsync("**/api/widget/token", async route =>
            {
                await answered.Task.WaitAsync(TimeSpan.FromSeconds(50));
                await route.ContinueAsync();
            });
        }

        await using var embedded = await EmbeddedWidget.OpenAsync(
            host, browser, CrossOriginEmbedTests.ReadmeTag, beforeOpen: SlowTokenAsync, waitForSendBox: false);
        var page = embedded.Chat.Page;
        var alert = page.Locator(".iepn-problem[role=alert]");
        await Expect(alert).ToContainTextAsync("The chat could not connect.", new() { Timeout = WebChatPage.Patience });

        answered.SetResult(); // the token answers late
        await embedded.Chat.WaitForWelcomeAsync();
        await Expect(alert).ToHaveCountAsync(0);
    }
}

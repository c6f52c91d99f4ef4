using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// The widget embedded in another site's page (a different origin, so CORS is exercised for real) and
/// talking Direct Line by polling instead of the WebSocket.
/// </summary>
public sealed class CrossOriginEmbedTests
{
    // Another origin on loopback: Chromium blocks a public page from loading loopback resources (Private
    // Network Access), so the stand-in site must be local too. Nothing listens there; the browser serves it.
    private const string Site = "http://localhost:9/";

    [Fact]
    public async Task WidgetOnAnotherOrigin_OverPolling_WelcomesAndRoundTripsAMessage()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var chat = await OpenEmbeddedAsync(host, browser, "data-transport=\"polling\"");

        await chat.WaitForWelcomeAsync();
        await chat.SayAsync("Hello from another site.");
    }

    [Fact]
    public async Task WidgetWithUploadsOn_SendsAFile_ThatIsEchoedNotStuck()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var chat = await OpenEmbeddedAsync(host, browser, "data-uploads=\"true\"");
        await chat.WaitForWelcomeAsync();

        await chat.Page.Locator(".webchat__upload-button input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "school-letter.txt",
            MimeType = "text/plain",
            Buffer = "The evaluation meeting is on Monday."u8.ToArray(),
        });
        // Web Chat 4.18 attaches the file to the send box; Enter sends it.
        await chat.SendBox.FocusAsync();
        await chat.Page.Keyboard.PressAsync("Enter");

        await Expect(chat.Page.Locator(".webchat__bubble--from-user").Filter(new() { HasText = "school-letter.txt" }))
            .ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        await Expect(chat.Page.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = WebChatPage.Patience });
        Assert.DoesNotContain("HTTP 4", chat.Problems, StringComparison.Ordinal);
    }

    internal static async Task<WebChatPage> OpenEmbeddedAsync(HostUnderTest host, BrowserSession browser, string attributes)
    {
        // A real embed is public page → public host; here both are on loopback, which Chromium only allows
        // with the local-network permission a parent's browser would ask for.
        var context = await browser.Browser.NewContextAsync(new() { Permissions = ["local-network-access"] });

        // The advocacy site is served by the browser itself; only the widget comes from the host.
        var widget = new Uri(host.BaseUrl, "/widget.js");
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Advocacy site</title></head>
            <body><main><h1>Advocacy site</h1></main>
            <script src="{widget}" data-open="true" {attributes} defer></script></body></html>
            """;
        await context.RouteAsync(Site + "**", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = html }));

        var chat = new WebChatPage(await context.NewPageAsync());
        await chat.OpenAsync(new Uri(Site));
        return chat;
    }
}

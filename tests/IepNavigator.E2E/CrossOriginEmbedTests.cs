using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// The widget embedded in another site's page with the README's one tag: the page is served from its own loopback
/// port (<see cref="AdvocacySite"/>), so every call to the host is cross-origin and CORS is the browser's, not a test's.
/// </summary>
public sealed class CrossOriginEmbedTests
{
    /// <summary>The README's tag, as a site owner pastes it (no defer).</summary>
    public const string ReadmeTag = "data-open=\"true\"";

    [Fact]
    public async Task WidgetOnAnotherOrigin_WithTheReadmeTag_HoldsAConversationToTheAdvice()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        await using var embedded = await EmbeddedWidget.OpenAsync(host, browser, ReadmeTag + " data-locale=\"en-US\"");
        var chat = embedded.Chat;

        await chat.WaitForWelcomeAsync();
        await chat.SayAsync("The school said he does not qualify.");
        await chat.ReachAdviceAsync();

        Assert.DoesNotContain("HTTP 4", chat.Problems, StringComparison.Ordinal);
        Assert.DoesNotContain("CORS", chat.Problems, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WidgetOnAnotherOrigin_OverPolling_WelcomesAndRoundTripsAMessage()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        await using var embedded = await EmbeddedWidget.OpenAsync(host, browser, ReadmeTag + " data-transport=\"polling\"");
        var chat = embedded.Chat;

        await chat.WaitForWelcomeAsync();
        await chat.SayAsync("Hello from another site.");
        Assert.DoesNotContain("CORS", chat.Problems, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WidgetWithUploadsOn_SendsAFile_ThatIsEchoedNotStuck()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        await using var embedded = await EmbeddedWidget.OpenAsync(host, browser, ReadmeTag + " data-uploads=\"true\"");
        var chat = embedded.Chat;
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
}

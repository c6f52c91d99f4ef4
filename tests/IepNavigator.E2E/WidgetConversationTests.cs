using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>The demo page with the widget open, in a real browser against the real host.</summary>
public sealed class WidgetConversationTests
{
    [Fact]
    public async Task DemoPage_WelcomesTheParent_RoundTripsAMessage_AndResumesAfterReload()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync(new() { AcceptDownloads = true });
        await using var _ = context;
        var chat = new WebChatPage(await context.NewPageAsync());

        await chat.OpenAsync(host.BaseUrl);
        await chat.WaitForWelcomeAsync();

        const string Said = "The school said he does not qualify.";
        await chat.SayAsync(Said);
        await SaveScreenshotIfAskedAsync(chat);

        // From the story to advice: each question offers suggested actions; take the first until the advice
        // card arrives. TODO(advice): once the flow settles, assert the ordered step titles for this story.
        for (var step = 0; step < 8 && await chat.AdaptiveCards.CountAsync() == 0; step++)
        {
            await Expect(chat.SuggestedActions.First).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
            await chat.PickAsync(chat.SuggestedActions.First);
        }

        await Expect(chat.AdaptiveCards.Last).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        // TODO(letter): when "Draft the letter" ends in a file, click its link inside Page.RunAndWaitForDownloadAsync
        // and check the download's name and content.
        var before = await chat.BotBubbles.AllInnerTextsAsync();

        // Same browser: the widget reopens the conversation and Web Chat replays it, each activity once.
        await chat.Page.ReloadAsync();
        await Expect(chat.SendBox).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        await Expect(chat.UserBubbles.Filter(new() { HasText = Said })).ToHaveCountAsync(1, new() { Timeout = WebChatPage.Patience });
        await Expect(chat.BotBubbles.Nth(before.Count - 1)).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        var after = await chat.BotBubbles.AllInnerTextsAsync();
        Assert.Equal(before, after.Take(before.Count));
    }

    /// <summary>IEPNAV_E2E_SCREENSHOT=path saves the open widget (the README's picture comes from here).</summary>
    private static async Task SaveScreenshotIfAskedAsync(WebChatPage chat)
    {
        var path = Environment.GetEnvironmentVariable("IEPNAV_E2E_SCREENSHOT");
        if (!string.IsNullOrEmpty(path))
        {
            await chat.Page.ScreenshotAsync(new() { Path = path });
        }
    }

    [Fact]
    public async Task DemoPage_WithTheChatOpen_HasNoSeriousOrCriticalAxeViolation()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync();
        await using var _ = context;
        var chat = new WebChatPage(await context.NewPageAsync());
        await chat.OpenAsync(host.BaseUrl);
        await chat.WaitForWelcomeAsync();

        var results = await chat.Page.RunAxe();

        var blocking = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(blocking.Count == 0, "axe-core found:\n" + string.Join("\n", blocking));
    }

    [Fact]
    public async Task Widget_OpensAndClosesWithTheKeyboardAlone()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync();
        await using var _ = context;
        var chat = new WebChatPage(await context.NewPageAsync());
        await chat.OpenAsync(host.BaseUrl);

        await chat.SendBox.FocusAsync();
        await chat.Page.Keyboard.PressAsync("Escape");
        var launcher = chat.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Chat with IEP Navigator" });
        await Expect(launcher).ToBeFocusedAsync();
        await Expect(chat.Page.Locator("#iep-navigator-panel")).ToBeHiddenAsync();

        await chat.Page.Keyboard.PressAsync("Enter");
        await Expect(chat.Page.Locator("#iep-navigator-panel")).ToBeVisibleAsync();
        await Expect(chat.SendBox).ToBeFocusedAsync(new() { Timeout = WebChatPage.Patience });
    }
}

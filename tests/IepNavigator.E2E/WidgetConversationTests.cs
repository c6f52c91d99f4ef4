using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using IepNavigator.Dialogs.Understanding;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>The demo page with the widget open, in a real browser against the real host.</summary>
public sealed class WidgetConversationTests
{
    [Fact]
    public async Task DemoPage_FromWelcomeToAdvice_DownloadsTheLetter_RecordsItSent_AndResumesAfterReload()
    {
        // As deployed: Letters:PublicBaseUrl set, so the download links are absolute (see LetterDownloadTests for the default).
        await using var host = await HostUnderTest.StartAsync(publicBaseUrl: true);
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync(new() { AcceptDownloads = true });
        await using var _ = context;
        var chat = new WebChatPage(await context.NewPageAsync());
        using var downloads = new DownloadFolder();

        await chat.OpenAsync(host.BaseUrl);
        await chat.WaitForWelcomeAsync();

        const string Said = "The school said he does not qualify.";
        await chat.SayAsync(Said);
        await SaveScreenshotIfAskedAsync(chat);
        await chat.ReachAdviceAsync();

        var letters = new LetterSteps(chat);
        var (letter, heading) = await letters.DraftAsync();
        Assert.Contains(LetterSteps.Answers["childName"], heading, StringComparison.Ordinal);
        await AssertNoSeriousAxeViolationAsync(chat); // the file links and the preview, too

        var docx = await letters.DownloadAsync("docx", downloads.Path);
        Assert.StartsWith(letter.Id + "-", docx.FileName, StringComparison.Ordinal);
        Assert.Equal(heading, docx.WordHeading());
        Assert.Equal(letter.Title, docx.WordTitle());
        var body = string.Join("\n", docx.WordParagraphs().Select(p => p.Text));
        Assert.Contains(LetterSteps.Answers["school"], body, StringComparison.Ordinal);
        Assert.Contains(LetterSteps.Answers["parentName"], body, StringComparison.Ordinal);
        var txt = await letters.DownloadAsync("txt", downloads.Path);
        Assert.Contains(heading, txt.Text(), StringComparison.Ordinal);
        Assert.Contains(LetterSteps.Answers["childDateOfBirth"], txt.Text(), StringComparison.Ordinal);

        // "I sent it today" starts the clock: the answer is due the letter's deadline after the host's today.
        var recorded = await letters.SentTodayAsync();
        var due = letter.Deadline.DueAfter(LetterSteps.DraftedOn(docx.FileName), new IepNavigator.Knowledge.Facts.CaseFacts());
        Assert.Contains(DateText.Long(due), recorded, StringComparison.Ordinal);
        var before = await chat.BotBubbles.AllInnerTextsAsync();

        // Same browser: the widget reopens the conversation and Web Chat replays it, each activity once.
        await chat.Page.ReloadAsync();
        await Expect(chat.SendBox).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        await Expect(chat.UserBubbles.Filter(new() { HasText = Said })).ToHaveCountAsync(1, new() { Timeout = WebChatPage.Patience });
        await Expect(chat.BotBubbles.Nth(before.Count - 1)).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        var after = await chat.BotBubbles.AllInnerTextsAsync();
        Assert.Equal(before, after.Take(before.Count));
        await Expect(letters.Files).ToHaveCountAsync(3);
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

        await AssertNoSeriousAxeViolationAsync(chat);
    }

    private static async Task AssertNoSeriousAxeViolationAsync(WebChatPage chat)
    {
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

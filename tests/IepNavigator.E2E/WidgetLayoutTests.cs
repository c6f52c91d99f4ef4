using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// The widget as a parent sees it on a desktop and on a phone (390×844): suggested actions and card buttons wrap
/// instead of cutting words, the advice fits without side-scrolling, the keyboard focus is clearly visible, Escape
/// inside a card leaves the card (not the chat), download links say what they are, axe-core finds nothing.
/// IEPNAV_E2E_SCREENSHOTS=eng/webchat saves widget-desktop.png and widget-phone.png there.
/// </summary>
public sealed class WidgetLayoutTests
{
    public static TheoryData<string, int, int, bool> Screens => new()
    {
        { "desktop", 1280, 800, false },
        { "phone", 390, 844, true },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Advice_FitsTheScreen_ButtonsWrap_FocusIsVisible_AndAxeFindsNothing(string screen, int width, int height, bool phone)
    {
        await using var host = await HostUnderTest.StartAsync(publicBaseUrl: true);
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
        });
        await using var _ = context;
        var chat = new WebChatPage(await context.NewPageAsync());
        await chat.OpenAsync(host.BaseUrl);
        await chat.WaitForWelcomeAsync();
        await AssertNoAxeViolationAsync(chat, screen + ", welcome");

        await chat.SayAsync("I'm worried about my son's reading and the school says to wait and see.");
        await AssertButtonsShowTheirWholeTextAsync(chat, screen);
        await chat.ReachAdviceAsync();
        await AssertButtonsShowTheirWholeTextAsync(chat, screen);
        await AssertNothingScrollsSidewaysAsync(chat, screen);
        await AssertNoAxeViolationAsync(chat, screen + ", advice");
        await SaveScreenshotIfAskedAsync(chat, screen);

        // Keyboard focus on a card button is drawn solid and at least 2 px wide.
        var cardButton = chat.AdaptiveCards.Last.Locator(".ac-pushButton").First;
        if (await cardButton.CountAsync() > 0)
        {
            // As a keyboard user arrives there (the browser draws focus rings after keyboard use, not after taps).
            await chat.Page.Keyboard.PressAsync("Shift");
            await cardButton.FocusAsync();
            var ring = await cardButton.EvaluateAsync<string[]>("b => { const s = getComputedStyle(b); return [s.outlineStyle, s.outlineWidth]; }");
            Assert.True(ring[0] == "solid" && double.Parse(ring[1].TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture) >= 2,
                $"{screen}: a focused card button is drawn {ring[0]} {ring[1]}");

            // Escape inside the card leaves the card, as Web Chat's keyboard help says; the chat stays open.
            await chat.Page.Keyboard.PressAsync("Escape");
            await Expect(chat.Page.Locator("#iep-navigator-panel")).ToBeVisibleAsync();
            Assert.False(await chat.AdaptiveCards.Last.EvaluateAsync<bool>("card => card.contains(document.activeElement)"),
                $"{screen}: Escape left the focus inside the card");
        }
    }

    [Fact]
    public async Task DraftedLetter_DownloadLinksSayWhatTheyAre()
    {
        await using var host = await HostUnderTest.StartAsync(publicBaseUrl: true);
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        await using var _ = context;
        var chat = new WebChatPage(await context.NewPageAsync());
        await chat.OpenAsync(host.BaseUrl);
        await chat.WaitForWelcomeAsync();
        await chat.SayAsync("The school said he does not qualify.");
        await chat.ReachAdviceAsync();
        await new LetterSteps(chat).DraftAsync();

        var links = await chat.Page.Locator(".webchat__fileContent a").EvaluateAllAsync<string[]>(
            "links => links.map(a => a.innerText + ' | ' + a.getAttribute('aria-label'))");
        Assert.Equal(3, links.Length);
        Assert.Contains(links, l => l.Contains("Word document (.docx)", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("Plain text (.txt)", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("Calendar reminder (.ics)", StringComparison.Ordinal));
        await AssertNothingScrollsSidewaysAsync(chat, "phone, letter");
        await AssertNoAxeViolationAsync(chat, "phone, letter");
    }

    /// <summary>No suggested action or card button cuts its label: its text fits inside it (no ellipsis, no overflow).</summary>
    private static async Task AssertButtonsShowTheirWholeTextAsync(WebChatPage chat, string screen)
    {
        var cut = await chat.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.webchat__suggested-action, .ac-pushButton')]
              .filter(b => b.offsetParent !== null)
              .flatMap(b => [b, ...b.querySelectorAll('*')])
              .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'
                        || getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1)
              .map(e => e.innerText.trim()).filter(t => t)
            """);
        Assert.True(cut.Length == 0, $"{screen}: labels cut short: {string.Join(" | ", cut)}");
    }

    /// <summary>The page, the panel and the transcript are no wider than the screen.</summary>
    private static async Task AssertNothingScrollsSidewaysAsync(WebChatPage chat, string screen)
    {
        var wide = await chat.Page.EvaluateAsync<string[]>("""
            () => [document.documentElement, document.querySelector('#iep-navigator-panel'),
                   ...document.querySelectorAll('.webchat__basic-transcript__scrollable, .webchat__bubble__content, .ac-adaptiveCard')]
              .filter(e => e && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'hidden')
              .map(e => `${e.className || e.tagName}: ${e.scrollWidth} > ${e.clientWidth}`)
            """);
        Assert.True(wide.Length == 0, $"{screen}: scrolls sideways: {string.Join(" | ", wide)}");
    }

    private static async Task AssertNoAxeViolationAsync(WebChatPage chat, string where)
    {
        var results = await chat.Page.RunAxe();
        var found = results.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(found.Count == 0, $"axe-core on {where}:\n" + string.Join("\n", found));
    }

    private static async Task SaveScreenshotIfAskedAsync(WebChatPage chat, string screen)
    {
        var folder = Environment.GetEnvironmentVariable("IEPNAV_E2E_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await chat.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"widget-{screen}.png") });
        }
    }
}

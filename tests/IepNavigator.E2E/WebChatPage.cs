using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>The demo page and the Web Chat inside the widget, by the selectors Web Chat 4.18 renders.</summary>
public sealed class WebChatPage
{
    private readonly List<string> _problems = [];

    public WebChatPage(IPage page)
    {
        Page = page;
        // Kept so a failure says why the widget did not appear (blocked script, CORS, 4xx from Direct Line).
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) => _problems.Add($"request failed: {request.Method} {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    /// <summary>Web Chat loads a 4 MB bundle and connects; allow for a slow shared CI machine.</summary>
    public static readonly float Patience = 30_000;

    public IPage Page { get; }

    /// <summary>Console errors, failed requests and 4xx/5xx answers seen so far.</summary>
    public string Problems => _problems.Count == 0 ? "(none)" : string.Join("\n", _problems);

    public ILocator BotBubbles => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    public ILocator UserBubbles => Page.Locator(".webchat__bubble--from-user .webchat__bubble__content");

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator SuggestedActions => Page.Locator(".webchat__suggested-actions button");

    public ILocator AdaptiveCards => Page.Locator(".webchat__basic-transcript .ac-adaptiveCard");

    public async Task OpenAsync(Uri baseUrl)
    {
        await Page.GotoAsync(baseUrl.ToString());
        try
        {
            await Expect(SendBox).ToBeVisibleAsync(new() { Timeout = Patience });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException("Web Chat did not appear. Browser problems:\n" + Problems, e);
        }
    }

    /// <summary>Waits for the welcome: the first bot message after connecting.</summary>
    public Task WaitForWelcomeAsync() => Expect(BotBubbles.First).ToBeVisibleAsync(new() { Timeout = Patience });

    /// <summary>Clicks a suggested action and waits for its text to be sent and the bot to answer.</summary>
    public async Task PickAsync(ILocator action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var text = (await action.InnerTextAsync()).Trim();
        var botBefore = await BotBubbles.CountAsync();
        var userBefore = await UserBubbles.CountAsync();
        await action.ClickAsync();
        await Expect(UserBubbles).ToHaveCountAsync(userBefore + 1, new() { Timeout = Patience });
        await Expect(UserBubbles.Last).ToContainTextAsync(text, new() { Timeout = Patience });
        await Expect(BotBubbles).Not.ToHaveCountAsync(botBefore, new() { Timeout = Patience });
    }

    /// <summary>Types like a parent (keyboard only) and waits until the bot has answered after it.</summary>
    public async Task SayAsync(string text)
    {
        var botBefore = await BotBubbles.CountAsync();
        await SendBox.FocusAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(UserBubbles.Filter(new() { HasText = text }).Last).ToBeVisibleAsync(new() { Timeout = Patience });
        await Expect(BotBubbles).Not.ToHaveCountAsync(botBefore, new() { Timeout = Patience });
        // Nothing may stay on "Sending": the echo must have replaced the pending bubble.
        await Expect(Page.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0, new() { Timeout = Patience });
    }

    /// <summary>
    /// From the parent's story to the advice: each question offers suggested actions; takes the first until the
    /// advice card arrives.
    /// </summary>
    public async Task ReachAdviceAsync()
    {
        for (var step = 0; step < 8 && await AdaptiveCards.CountAsync() == 0; step++)
        {
            await Expect(SuggestedActions.First).ToBeVisibleAsync(new() { Timeout = Patience });
            await PickAsync(SuggestedActions.First);
        }

        await Expect(AdaptiveCards.Last).ToBeVisibleAsync(new() { Timeout = Patience });
    }
}

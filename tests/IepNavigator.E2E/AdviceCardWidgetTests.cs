using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// The advice in the widget as a parent sees it: one card, its steps numbered 1, 2, 3 (not "1." each, as when every
/// "2. Title" was a one-item Markdown list), each step once (not also in a text bubble), and each button once.
/// </summary>
public sealed class AdviceCardWidgetTests
{
    [Fact]
    public async Task Advice_InTheWidget_IsOneCardNumberedOneTwoThree_WithEachStepAndButtonOnce()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync();
        await using var _ = context;
        var chat = new WebChatPage(await context.NewPageAsync());
        await chat.OpenAsync(host.BaseUrl);
        await chat.WaitForWelcomeAsync();

        await chat.SayAsync("The school said he does not qualify.");
        await chat.ReachAdviceAsync();

        await Expect(chat.AdaptiveCards).ToHaveCountAsync(1);
        var card = chat.AdaptiveCards.First;
        var rows = card.Locator(".ac-columnSet");
        var count = await rows.CountAsync();
        Assert.InRange(count, 2, 3);
        var titles = new List<string>();
        for (var i = 0; i < count; i++)
        {
            // Adaptive Cards renders a Column as a container: the number's, then the step's.
            var columns = rows.Nth(i).Locator(".ac-container");
            Assert.Equal($"{i + 1}", (await columns.First.InnerTextAsync()).Trim());
            titles.Add((await columns.Nth(1).Locator(".ac-textBlock").First.InnerTextAsync()).Trim());
        }
        // No Markdown list anywhere in the card: a list is what numbered every step "1.".
        await Expect(card.Locator("ol")).ToHaveCountAsync(0);

        // Each step once in the whole transcript: the intro bubble above the card does not list them again.
        var transcript = await chat.Page.Locator(".webchat__basic-transcript").InnerTextAsync();
        Assert.All(titles, t => Assert.Equal(1, Occurrences(transcript, t)));

        // Each button once: suggested actions under the card, none on the card.
        await Expect(card.Locator(".ac-pushButton")).ToHaveCountAsync(0);
        var buttons = await chat.SuggestedActions.AllInnerTextsAsync();
        Assert.Contains("Why?", buttons.Select(b => b.Trim()));
        Assert.Equal(buttons.Count, buttons.Select(b => b.Trim()).Distinct().Count());
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}

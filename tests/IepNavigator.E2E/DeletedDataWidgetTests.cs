using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// "Delete my data" in the widget revokes the chat's token and the browser's user key (issue 21, item 3). The parent
/// is told to write again to start over; when they do, the widget finds its token refused and starts a fresh chat as
/// a new visitor, greeted, with nothing of the deleted conversation on screen or in the browser's storage.
/// </summary>
public sealed class DeletedDataWidgetTests
{
    [Fact]
    public async Task AfterDeleteMyData_WritingAgain_StartsAFreshChatAsANewVisitor()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync();
        await using var _ = context;
        var chat = new WebChatPage(await context.NewPageAsync());
        await chat.OpenAsync(host.BaseUrl);
        await chat.WaitForWelcomeAsync();
        const string Story = "The school said my son does not qualify.";
        await chat.SayAsync(Story);
        var before = await SessionAsync(chat);

        await chat.SayAsync("delete my data");
        await chat.SayAsync("yes");
        await Expect(chat.BotBubbles.Last).ToContainTextAsync("deleted", new() { Timeout = WebChatPage.Patience });
        await chat.SendBox.FocusAsync();
        await chat.Page.Keyboard.TypeAsync("hello again");
        await chat.Page.Keyboard.PressAsync("Enter");

        // A fresh panel: the old transcript is gone and the bot greets the new visitor.
        await Expect(chat.UserBubbles.Filter(new() { HasText = Story })).ToHaveCountAsync(0, new() { Timeout = WebChatPage.Patience });
        await Expect(chat.BotBubbles.First).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        await Expect(chat.SendBox).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        var after = await SessionAsync(chat);
        Assert.NotEqual(before.ConversationId, after.ConversationId);
        Assert.NotEqual(before.UserKey, after.UserKey);
        await chat.SayAsync("hi");
    }

    private static async Task<(string ConversationId, string UserKey)> SessionAsync(WebChatPage chat)
    {
        var session = await chat.Page.EvaluateAsync<Dictionary<string, string>>("JSON.parse(window.localStorage.getItem('iepNavigator.session'))");
        return (session["conversationId"], session["userKey"]);
    }
}

using Microsoft.Playwright;

namespace IepNavigator.E2E;

/// <summary>The widget as a site owner embeds it: <see cref="AdvocacySite"/>'s page on its own origin, open in a browser context.</summary>
public sealed class EmbeddedWidget : IAsyncDisposable
{
    private EmbeddedWidget(AdvocacySite site, IBrowserContext context, WebChatPage chat)
    {
        Site = site;
        Context = context;
        Chat = chat;
    }

    public AdvocacySite Site { get; }

    public IBrowserContext Context { get; }

    public WebChatPage Chat { get; }

    /// <summary>Serves the page with the one tag (plus <paramref name="attributes"/>) and opens it; waits for the send box
    /// unless <paramref name="waitForSendBox"/> is false (a test of what shows when it cannot appear); only serves it,
    /// leaving the first visit to the test, when <paramref name="navigate"/> is false.</summary>
    public static async Task<EmbeddedWidget> OpenAsync(
        HostUnderTest host, BrowserSession browser, string attributes, string lang = "en",
        BrowserNewContextOptions? contextOptions = null, Func<IBrowserContext, Task>? beforeOpen = null, bool waitForSendBox = true,
        bool navigate = true)
    {
        var site = await AdvocacySite.StartAsync(host.BaseUrl, attributes, lang);
        var context = await browser.Browser.NewContextAsync(contextOptions ?? new());
        if (beforeOpen is not null)
        {
            await beforeOpen(context);
        }

        var chat = new WebChatPage(await context.NewPageAsync());
        var embedded = new EmbeddedWidget(site, context, chat);
        if (!navigate)
        {
            return embedded;
        }

        if (waitForSendBox)
        {
            await chat.OpenAsync(site.Address);
        }
        else
        {
            await chat.Page.GotoAsync(site.Address.ToString());
        }

        return embedded;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Site.DisposeAsync();
    }
}

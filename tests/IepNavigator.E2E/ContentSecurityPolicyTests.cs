using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// The host's Content-Security-Policy in a real browser (issue 21, item 8): the widget still works under it — Web
/// Chat from the same host, its inline styles, blob:/data: images, the Direct Line WebSocket — with no violation
/// reported and axe still clean; the API reference too; and the demo page is framed only by Widget:AllowedOrigins.
/// </summary>
public sealed class ContentSecurityPolicyTests
{
    // Records every CSP violation the page (or a frame of it) reports, as the browser sees it.
    private const string ViolationRecorder =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task DemoPage_UnderItsCsp_TakesAParentFromWelcomeToAdvice_WithNoViolation_AndAxeClean()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync();
        await using var _ = context;
        await context.AddInitScriptAsync(ViolationRecorder);
        var chat = new WebChatPage(await context.NewPageAsync());

        var page = await chat.Page.GotoAsync(host.BaseUrl.ToString());
        Assert.Contains("frame-ancestors", (await page!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        await Expect(chat.SendBox).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        await chat.WaitForWelcomeAsync();
        await chat.SayAsync("The school said he does not qualify.");
        await chat.ReachAdviceAsync();

        Assert.Empty(await ViolationsAsync(chat.Page));
        Assert.DoesNotContain("Content Security Policy", chat.Problems, StringComparison.Ordinal);
        var axe = await chat.Page.RunAxe();
        Assert.True(axe.Violations.Length == 0, "axe-core found: " + string.Join(", ", axe.Violations.Select(v => $"{v.Id} ({v.Impact})")));
    }

    [Fact]
    public async Task ApiReference_UnderItsNoncedCsp_Renders_WithNoViolation()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync();
        await using var _ = context;
        await context.AddInitScriptAsync(ViolationRecorder);
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseUrl, "/scalar/v1").ToString());

        // Rendered from /openapi/v1.json by Scalar's scripts: the next-steps endpoint's summary.
        await Expect(page.GetByText("Facts about a child's case in, ordered next steps out.").First).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        Assert.Empty(await ViolationsAsync(page));
    }

    [Fact]
    public async Task DemoPage_IsFramedByAnAllowedOrigin_AndRefusedToAnyOther()
    {
        // Two stand-in sites on loopback, served by the browser (see CrossOriginEmbedTests for why loopback).
        const string Allowed = "http://localhost:9";
        const string Other = "http://localhost:10";
        await using var host = await HostUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Widget:AllowedOrigins:0"] = Allowed });
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync(new() { Permissions = ["local-network-access"] });
        await using var _ = context;
        var framing = $"""<!doctype html><html lang="en"><head><title>Site</title></head><body><iframe title="demo" src="{host.BaseUrl}"></iframe></body></html>""";
        foreach (var site in new[] { Allowed, Other })
        {
            await context.RouteAsync(site + "/**", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = framing }));
        }

        var allowed = await context.NewPageAsync();
        await allowed.GotoAsync(Allowed + "/");
        var shown = allowed.FrameLocator("iframe").GetByRole(AriaRole.Heading, new() { Name = "IEP Navigator demo" });
        await Expect(shown).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });

        var other = await context.NewPageAsync();
        var refusals = new List<string>();
        other.Console += (_, message) => refusals.Add(message.Text);
        await other.GotoAsync(Other + "/");
        await Expect(other.Locator("iframe")).ToBeVisibleAsync();
        // The browser refuses the frame (it says so on the console) and never renders the page in it.
        await Task.WhenAny(WaitUntilAsync(() => refusals.Any(r => r.Contains("frame-ancestors", StringComparison.Ordinal))), Task.Delay(TimeSpan.FromSeconds(15)));
        Assert.Contains(refusals, r => r.Contains("frame-ancestors", StringComparison.Ordinal));
        Assert.Equal(0, await other.FrameLocator("iframe").GetByRole(AriaRole.Heading, new() { Name = "IEP Navigator demo" }).CountAsync());
    }

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("window.__cspViolations || []");

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        while (!condition())
        {
            // Console messages arrive on Playwright's event loop; look again shortly.
            await Task.Delay(50);
        }
    }
}

using Microsoft.Playwright;

namespace IepNavigator.E2E;

/// <summary>
/// Debian's chromium under Playwright. Never downloads a browser: a missing /usr/bin/chromium fails with the
/// command that installs it.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] LaunchFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("IEPNAV_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<BrowserSession> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"Chromium not found at {ExecutablePath}. Install Debian's package: apt-get install -y chromium (eng/install-prerequisites.sh does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchFlags,
        });
        return new BrowserSession(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}

namespace IepNavigator.E2E;

/// <summary>The letter's download link with the host's default settings (no Letters:PublicBaseUrl).</summary>
public sealed class LetterDownloadTests
{
    // widget.js makes the bot's host-relative download links absolute; Web Chat links only absolute URLs.
    [Fact]
    public async Task DefaultHost_TheDraftedLetterDownloadsFromTheWidget()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var context = await browser.Browser.NewContextAsync(new() { AcceptDownloads = true });
        await using var _ = context;
        var chat = new WebChatPage(await context.NewPageAsync());
        using var downloads = new DownloadFolder();
        await chat.OpenAsync(host.BaseUrl);
        await chat.WaitForWelcomeAsync();
        await chat.SayAsync("The school said he does not qualify.");
        await chat.ReachAdviceAsync();
        var letters = new LetterSteps(chat);
        var (_, heading) = await letters.DraftAsync();

        var docx = await letters.DownloadAsync("docx", downloads.Path);

        Assert.Equal(heading, docx.WordHeading());
    }
}

using System.Globalization;
using IepNavigator.Letters.Templates;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// The letter part of the conversation, as a parent does it in the widget: "Draft the letter", one answer per
/// question, the preview, the download links, "I sent it today". Questions and titles come from the letter
/// templates themselves, so a reworded question changes no test.
/// </summary>
public sealed class LetterSteps(WebChatPage chat)
{
    /// <summary>What the parent taps (the bot's own button labels).</summary>
    public const string DraftTheLetter = "Draft the letter";
    public const string SentItToday = "I sent it today";

    /// <summary>A parent's answers by field name; a letter's own fields get <see cref="OwnFieldAnswer"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Answers = new Dictionary<string, string>
    {
        ["childName"] = "Sam Rivera",
        ["childDateOfBirth"] = "March 4, 2017",
        ["school"] = "Lincoln Elementary",
        ["grade"] = "3rd",
        ["parentName"] = "Ana Rivera",
        ["parentEmail"] = "ana@example.org",
        ["recipientName"] = "Dr. Lee",
        ["recipientTitle"] = "Director of Special Education",
    };

    public const string OwnFieldAnswer = "He reads two grades behind.";

    private static readonly LetterTemplateCatalog Catalog = new();

    /// <summary>Web Chat's download links (only rendered for absolute http(s), blob or data URLs).</summary>
    public ILocator DownloadLinks => chat.Page.Locator(".webchat__fileContent a.webchat__fileContent__buttonLink");

    /// <summary>Every attachment Web Chat shows as a file, with or without a link.</summary>
    public ILocator Files => chat.Page.Locator(".webchat__fileContent");

    /// <summary>
    /// Taps "Draft the letter" on the advice, answers every required question in the template's order, and waits
    /// for the three downloads and the "I sent it today" button. Returns the letter and the preview's heading.
    /// </summary>
    public async Task<(LetterTemplate Letter, string Heading)> DraftAsync()
    {
        var filesBefore = await Files.CountAsync();
        var bubblesBefore = await chat.BotBubbles.CountAsync();
        await chat.PickAsync(chat.SuggestedActions.Filter(new() { HasText = DraftTheLetter }));
        // The intro names the letter by its title ("Let's draft the letter "…"").
        var said = Typography.Straight(string.Join("\n", (await chat.BotBubbles.AllInnerTextsAsync()).Skip(bubblesBefore)));
        var letter = Catalog.All.SingleOrDefault(t => said.Contains($"\"{Typography.Straight(t.Title)}\"", StringComparison.Ordinal));
        Assert.True(letter is not null, $"After \"{DraftTheLetter}\" the bot said \"{said}\", which names no known letter.");

        foreach (var field in letter.RequiredFields)
        {
            await Expect(chat.BotBubbles.Last).ToContainTextAsync(Typography.Loose(field.Question), new() { Timeout = WebChatPage.Patience });
            await chat.SayAsync(Answers.GetValueOrDefault(field.Name) ?? OwnFieldAnswer);
        }

        // .docx, .txt and .ics, then the question about sending it.
        await Expect(Files).ToHaveCountAsync(filesBefore + 3, new() { Timeout = WebChatPage.Patience });
        await Expect(chat.SuggestedActions.Filter(new() { HasText = SentItToday })).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });

        // The preview is the last message naming the child (file names never do); its first line is the heading.
        var preview = await chat.BotBubbles.Filter(new() { HasText = Answers["childName"] }).Last.InnerTextAsync();
        return (letter, preview.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0]);
    }

    /// <summary>Clicks the newest download link for this extension and saves the file the browser receives.</summary>
    public async Task<DownloadedLetter> DownloadAsync(string extension, string folder)
    {
        var file = Files.Filter(new() { HasText = "." + extension }).Last;
        await Expect(file).ToBeVisibleAsync(new() { Timeout = WebChatPage.Patience });
        // Web Chat renders the file before its link, so a missing link is told apart from a slow one.
        var link = file.Locator("a");
        try
        {
            await Expect(link).ToHaveCountAsync(1, new() { Timeout = WebChatPage.Patience });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException(
                $"Web Chat shows the .{extension} file with nothing to click: it links only absolute http(s), blob or data URLs.", e);
        }
        var download = await chat.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = WebChatPage.Patience });
        var failure = await download.FailureAsync();
        Assert.True(failure is null, $"The browser could not download {download.SuggestedFilename}: {failure}\n{chat.Problems}");

        var path = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return new DownloadedLetter(path);
    }

    /// <summary>Taps "I sent it today" and returns the bot's first answer to it.</summary>
    public async Task<string> SentTodayAsync()
    {
        var before = await chat.BotBubbles.CountAsync();
        await chat.PickAsync(chat.SuggestedActions.Filter(new() { HasText = SentItToday }));
        return await chat.BotBubbles.Nth(before).InnerTextAsync();
    }

    /// <summary>The date a letter file was drafted, from its name (<c>letter-id-yyyy-MM-dd.ext</c>): the host's today.</summary>
    public static DateOnly DraftedOn(string fileName) =>
        DateOnly.ParseExact(Path.GetFileNameWithoutExtension(fileName)[^10..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

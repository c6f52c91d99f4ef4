using IepNavigator.Dialogs.Content;
using IepNavigator.Knowledge.Content;
using static Microsoft.Playwright.Assertions;

namespace IepNavigator.E2E;

/// <summary>
/// The widget once with data-locale="es-US", as a Spanish-language advocacy site would embed it: the widget's
/// own words, Web Chat's and the assistant's are Spanish, from the welcome to the advice card.
/// </summary>
public sealed class SpanishWidgetTests
{
    [Fact]
    public async Task SpanishLocale_WelcomeQuestionsAndAdvice_AreInSpanish()
    {
        await using var host = await HostUnderTest.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        // A Spanish-language site on another origin, with the README's one tag.
        await using var embedded = await EmbeddedWidget.OpenAsync(host, browser, CrossOriginEmbedTests.ReadmeTag + " data-locale=\"es-US\"", lang: "es");
        var chat = embedded.Chat;
        var messages = new MessageCatalog();
        string welcome;
        string disclaimerStart;
        using (ContentLanguage.Begin(ContentLanguage.Spanish))
        {
            welcome = messages["welcome"].Split('\n')[0];
            disclaimerStart = "Esto es información general";
        }

        await chat.WaitForWelcomeAsync();
        await Expect(chat.BotBubbles.First).ToContainTextAsync(welcome[..40], new() { Timeout = WebChatPage.Patience });
        // The widget's close button and Web Chat's send box speak Spanish too.
        await Expect(chat.Page.Locator("button[aria-label='Cerrar el chat']")).ToHaveCountAsync(1);
        Assert.DoesNotContain("Type your message", await chat.SendBox.GetAttributeAsync("placeholder") ?? "", StringComparison.Ordinal);

        await chat.SayAsync("La escuela dijo que mi hijo no califica");
        await chat.ReachAdviceAsync();

        var advice = string.Join("\n", await chat.BotBubbles.AllInnerTextsAsync());
        Assert.Contains(disclaimerStart, advice, StringComparison.Ordinal);
        Assert.DoesNotContain("not legal advice", advice, StringComparison.Ordinal);
        await Expect(chat.AdaptiveCards.Last).ToBeVisibleAsync();
        Assert.DoesNotContain("HTTP 5", chat.Problems, StringComparison.Ordinal);
    }
}

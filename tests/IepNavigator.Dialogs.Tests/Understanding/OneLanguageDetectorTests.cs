using IepNavigator.Dialogs.Tests.Conversation;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Tests.Understanding;

/// <summary>
/// One detector tells a message's language, for the reader and for the chat (issue 17): the reader's
/// <see cref="LanguageReader"/> and its content/language.json. The chat follows a message only when it is clearly in a
/// language (three of its own signals, twice the other's): never a word, a name or Spanglish.
/// </summary>
public sealed class OneLanguageDetectorTests
{
    private static readonly LanguageReader Languages = new();

    [Theory]
    [InlineData("hola, mi hijo tiene IEP y la escuela no hace nada", "es")]
    [InlineData("Mi hija está en 2do grado y no lee nada", "es")]
    [InlineData("¿Qué hago con mi hijo?", "es")]
    [InlineData("buenas tardes, me suspendieron al niño otra vez", "es")]
    [InlineData("hi, my son has an IEP and the school says no", "en")]
    [InlineData("hello, we live in Ohio and my kid is 9", "en")]
    [InlineData("ok", null)]
    [InlineData("si", null)]
    [InlineData("sí", null)]
    [InlineData("IEP", null)]
    [InlineData("¡Gracias!", null)]
    [InlineData("Maria Lopez", null)]
    [InlineData("Lincoln Elementary", null)]
    [InlineData("mi hijo tiene IEP and the school keeps sending him home, que puedo hacer?", null)]
    public void ClearlyWrittenIn_NeedsThreeOwnSignals_AndTwiceTheOtherLanguages(string message, string? expected) =>
        Assert.Equal(expected, Languages.ClearlyWrittenIn(message));

    [Theory]
    [InlineData("bonjour, mon fils a besoin d'aide à l'école", true)]
    [InlineData("olá, meu filho precisa de ajuda na escola", true)]
    [InlineData("hola, mi hijo necesita ayuda en la escuela", false)]
    [InlineData("my son needs help at school", false)]
    public void LooksUnsupported_OtherLanguagesWords(string message, bool expected) =>
        Assert.Equal(expected, Languages.LooksUnsupported(message));

    [Fact]
    public void TheChatUsesTheReadersDetector()
    {
        using var harness = new ProductHarness();

        var chats = harness.Get<LanguageReader>();

        Assert.Equal("es", chats.ClearlyWrittenIn("hola, mi hijo tiene IEP y la escuela no hace nada"));
        Assert.DoesNotContain(typeof(ServiceCollectionExtensions).Assembly.GetTypes(), t => t.Name.Contains("LanguageWords", StringComparison.Ordinal));
    }
}

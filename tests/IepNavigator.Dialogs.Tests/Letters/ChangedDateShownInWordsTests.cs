using IepNavigator.Dialogs.Tests.Testing;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// "oh wait his birthday is march 4 2019" after the letter was said back as "Child's date of birth: 2019-03-04", the
/// way the date is stored (found trying the bot as a parent): a stored date is said in words, in the chat's language.
/// </summary>
public sealed class ChangedDateShownInWordsTests : IDisposable
{
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("en-US", "oh wait his birthday is march 4 2019", "March 4, 2019")]
    [InlineData("es-US", "perdón, su fecha de nacimiento es el 4 de marzo de 2019", "4 de marzo de 2019")]
    public async Task ACorrectedDateOfBirth_IsSaidBackInWords(string locale, string correction, string shown)
    {
        var client = _harness.Client(locale: locale);
        await LetterWalkthrough.ReachAdviceAsync(client, locale == "es-US" ? ["todavía no he pedido nada", "no", "no"] : null);
        await LetterWalkthrough.AnswerQuestionsAsync(_harness, client, "evaluation-request", await client.SendAsync(locale == "es-US" ? "Redactar la carta" : "Draft the letter"));

        var replies = await client.SendAsync(correction);

        Assert.Contains(replies, r => r.Text?.Contains(shown, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(replies, r => r.Text?.Contains("2019-03-04", StringComparison.Ordinal) == true);
    }
}

using IepNavigator.Dialogs.Tests.Testing;
using static IepNavigator.Dialogs.Tests.Letters.LetterFieldTurns;

namespace IepNavigator.Dialogs.Tests.Letters;

/// <summary>
/// "a la directora, sra. Whitfield" at "Who should the letter go to?" was written "Estimado(a) a la directora, sra.
/// Whitfield:" (found trying the bot as a parent): the "to the …" / "a la …" lead-in is dropped, the name kept with its
/// honorific, and the role goes into the letter's job title field.
/// </summary>
public sealed class RecipientLeadInTests : IDisposable
{
    private readonly LetterHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("to the principal, Mrs. Whitfield", "Mrs. Whitfield", "principal")]
    [InlineData("for the principal, Mrs. Whitfield", "Mrs. Whitfield", "principal")]
    public async Task English_ToTheRole_ThenTheName_IsTheNameWithItsHonorific_AndTheRole(string typed, string name, string title)
    {
        var client = _harness.Client();
        await LetterWalkthrough.ReachAdviceAsync(client);
        await AnswerUntilAsync(client, await client.SendAsync("Draft the letter"), "recipientName");

        var answered = await client.SendAsync(typed);

        Assert.NotEqual("recipientTitle", Awaiting(answered));
        var last = await FinishAsync(client, answered);
        var fields = _harness.Links.Orders.Values.Last().Fields;
        Assert.Equal(name, fields["recipientName"]);
        Assert.Equal(title, fields["recipientTitle"], ignoreCase: true);
        var letter = SchoolLetterText(_harness, last);
        Assert.Contains($"Dear {name},", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear to the", letter, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a la directora, sra. Whitfield", "directora")]
    [InlineData("al director, sr. Whitfield", "director")]
    [InlineData("para la directora, Sra. Whitfield", "directora")]
    public async Task Spanish_ALaRole_ThenTheName_IsTheNameWithItsHonorific_AndTheRole(string typed, string title)
    {
        var client = _harness.Client(locale: "es-US");
        await ReachSpanishAdviceAsync(client);
        await AnswerUntilAsync(client, await client.SendAsync("Redactar la carta"), "recipientName", SpanishAnswers, OwnSpanishAnswer);

        var answered = await client.SendAsync(typed);

        Assert.NotEqual("recipientTitle", Awaiting(answered));
        await FinishAsync(client, answered, SpanishAnswers, OwnSpanishAnswer);
        var fields = _harness.Links.Orders.Values.Last().Fields;
        Assert.Matches(@"^Sr[a]?\. Whitfield$", fields["recipientName"]);
        Assert.Equal(title, fields["recipientTitle"], ignoreCase: true);
    }
}

using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Letters.Tests.Rendering;

public sealed class TextRenderingTests
{
    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void RenderText_StartsWithTheDateAndLeavesNoPlaceholder(string id)
    {
        var result = TestLetters.Renderer.RenderText(id, TestLetters.RequiredFieldsOnly(id), new CaseFacts(), TestLetters.Today);

        Assert.True(result.IsRendered);
        Assert.StartsWith(TestLetters.TodayText + "\n\n", result.Value, StringComparison.Ordinal);
        LetterAssertions.NoPlaceholders(result.Value);
        Assert.DoesNotContain("\n\n\n", result.Value, StringComparison.Ordinal);
        Assert.All(TestLetters.Catalog.Find(id)!.Citations, c => Assert.Contains(c, result.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderText_SeparatesTheSendingAdviceFromTheLetter()
    {
        var result = TestLetters.Renderer.RenderText(
            "iee-request", TestLetters.FullFields("iee-request"), TestLetters.Facts, TestLetters.Today);

        var text = result.Value!;
        var signature = text.IndexOf("Sincerely,", StringComparison.Ordinal);
        var rule = text.IndexOf("\n-----", StringComparison.Ordinal);
        Assert.True(signature > 0 && rule > signature);
        Assert.Contains("\n- You do not have to explain why you disagree", text[rule..], StringComparison.Ordinal);
    }

    [Fact]
    public void RenderText_IsTheSameForTheSameInput()
    {
        var fields = TestLetters.FullFields("fba-request");

        var first = TestLetters.Renderer.RenderText("fba-request", fields, TestLetters.Facts, TestLetters.Today).Value;
        var second = TestLetters.Renderer.RenderText("fba-request", fields, TestLetters.Facts, TestLetters.Today).Value;

        Assert.Equal(first, second);
    }

    [Fact]
    public void RenderText_UnknownLetter_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() =>
            TestLetters.Renderer.RenderText("ask-nicely", TestLetters.FullFields("iee-request"), TestLetters.Facts, TestLetters.Today));
    }
}

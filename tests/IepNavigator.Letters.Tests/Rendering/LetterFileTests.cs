using System.Text;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Letters.Tests.Rendering;

public sealed class LetterFileTests
{
    [Theory]
    [InlineData(LetterFormat.Txt, "text/plain; charset=utf-8")]
    [InlineData(LetterFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData(LetterFormat.Ics, "text/calendar; charset=utf-8")]
    public void Render_GivesAFileNamedByLetterAndDateOnly(LetterFormat format, string contentType)
    {
        var result = TestLetters.Renderer.Render("records-request", format, TestLetters.FullFields("records-request"), TestLetters.Facts, TestLetters.Today);

        Assert.Equal($"records-request-2026-11-26.{format.ToString().ToLowerInvariant()}", result.Value!.FileName);
        Assert.Equal(contentType, result.Value.ContentType);
        Assert.NotEmpty(result.Value.Content);
        Assert.DoesNotContain("Maya", result.Value.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Text_IsUtf8()
    {
        var fields = TestLetters.FullFields("records-request");
        fields["childName"] = "José Núñez";

        var result = TestLetters.Renderer.Render("records-request", LetterFormat.Txt, fields, TestLetters.Facts, TestLetters.Today);

        Assert.Contains("José Núñez", Encoding.UTF8.GetString(result.Value!.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingFields_IsNotRendered()
    {
        var result = TestLetters.Renderer.Render("records-request", LetterFormat.Docx, new Dictionary<string, string?>(), TestLetters.Facts, TestLetters.Today);

        Assert.False(result.IsRendered);
        Assert.Contains(result.MissingFields, f => f.Name == "childName");
    }
}

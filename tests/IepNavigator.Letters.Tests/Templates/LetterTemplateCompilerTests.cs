using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Letters.Tests.Templates;

/// <summary>Mistakes a reviewer could make in a template file are caught at load or render, by name.</summary>
public sealed class LetterTemplateCompilerTests
{
    private const string Letter = """
        ---
        {
          "title": "Test letter",
          "subject": "About {{ childName }}",
          "citations": ["34 CFR 300.613"],
          "responseRequested": "an answer",
          "deadline": { "id": "answer-due", "title": "Answer due", "days": 10, "reminderDaysBefore": 2, "description": "Due {{ deadlineDate }}" },
          "fields": [ { "name": "extra", "label": "Extra", "question": "Extra?", "required": false } ]
        }
        ---
        BODY
        """;

    [Fact]
    public void WellFormedLetter_Loads()
    {
        var catalog = Load(Letter.Replace("BODY", "Hello {{ extra }}", StringComparison.Ordinal));

        Assert.Equal("test", Assert.Single(catalog.All).Id);
    }

    [Theory]
    [InlineData("{% if childName %}unclosed", "does not parse")]
    [InlineData("@letter", "frame only")]
    public void BrokenBody_FailsAtLoad_NamingTheTemplate(string body, string problem)
    {
        var error = Assert.Throws<LetterTemplateException>(() => Load(Letter.Replace("BODY", body, StringComparison.Ordinal)));

        Assert.Equal("test", error.TemplateName);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"citations\": [\"34 CFR 300.613\"]", "\"citations\": []", "cites no rule")]
    [InlineData("\"name\": \"extra\"", "\"name\": \"childName\"", "declared twice")]
    [InlineData("\"days\": 10", "\"days\": 0", "deadline")]
    [InlineData("\"days\": 10", "\"days\": 10, \"timeline\": \"evaluationResponce\"", "names the timeline 'evaluationResponce'")]
    [InlineData("\"title\": \"Test letter\",", "", "not valid")]
    [InlineData("---\n{", "{", "must start")]
    public void BrokenFrontMatter_FailsAtLoad(string original, string replacement, string problem)
    {
        var source = Letter.Replace("BODY", "Hello", StringComparison.Ordinal).ReplaceLineEndings("\n")
            .Replace(original, replacement, StringComparison.Ordinal);

        var error = Assert.Throws<LetterTemplateException>(() => Load(source));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredName_FailsAtRender_InsteadOfLeavingABlank()
    {
        var catalog = Load(Letter.Replace("BODY", "Hello {{ teacherName }}", StringComparison.Ordinal));
        var renderer = new LetterRenderer(catalog);

        var error = Assert.Throws<LetterTemplateException>(() =>
            renderer.RenderText("test", TestLetters.FullFields("records-request"), new CaseFacts(), TestLetters.Today));

        Assert.Contains("teacherName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFrame_FailsAtLoad()
    {
        Assert.Throws<LetterTemplateException>(() => new LetterTemplateCatalog(new Dictionary<string, string> { ["test"] = Letter }));
    }

    private static LetterTemplateCatalog Load(string letter) => new(new Dictionary<string, string>
    {
        ["_letter"] = TemplateSources.Frame,
        ["test"] = letter,
    });
}

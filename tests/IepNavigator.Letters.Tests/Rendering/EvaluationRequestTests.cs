using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;

namespace IepNavigator.Letters.Tests.Rendering;

public sealed class EvaluationRequestTests
{
    private const string Id = "evaluation-request";

    [Fact]
    public void EvaluationRequest_NamesEveryConcernAreaAsAListItem()
    {
        var facts = TestLetters.Facts with { Concerns = Enum.GetValues<ConcernArea>() };

        var result = TestLetters.Renderer.Compose(Id, TestLetters.FullFields(Id), facts, TestLetters.Today);

        var items = result.Value!.Paragraphs
            .Where(p => p.Kind == LetterParagraphKind.ListItem)
            .Select(p => p.Text)
            .ToList();
        var labels = new[]
        {
            "reading", "writing", "math", "attention and focus", "behavior", "speech and language", "social skills",
            "motor skills", "health", "hearing", "vision", "emotional well-being",
        };
        Assert.All(labels, label => Assert.Contains(label, items));
    }

    [Fact]
    public void EvaluationRequest_GivesConsentAndAsksForTheConsentForm()
    {
        var result = TestLetters.Renderer.RenderDocx(Id, TestLetters.RequiredFieldsOnly(Id), new CaseFacts(), TestLetters.Today);

        var text = DocxText.AllText(result.Value!);
        Assert.Contains("I give my consent for this evaluation.", text, StringComparison.Ordinal);
        Assert.Contains("consent form", text, StringComparison.Ordinal);
        Assert.Contains("all areas related to the suspected disability", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluationRequest_NoConcernsKnown_StillAsksForAFullEvaluationWithoutAnEmptyList()
    {
        var result = TestLetters.Renderer.Compose(Id, TestLetters.RequiredFieldsOnly(Id), new CaseFacts(), TestLetters.Today);

        var paragraphs = result.Value!.Paragraphs.ToList();
        var signature = paragraphs.FindIndex(p => p.Text == "Sincerely,");
        Assert.DoesNotContain(paragraphs.Take(signature), p => p.Kind == LetterParagraphKind.ListItem);
        Assert.Contains(result.Value.Paragraphs, p => p.Text.Contains("full and individual initial evaluation", StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluationRequest_StateWithAWrittenRequestRule_MentionsIt()
    {
        var facts = TestLetters.Facts with { State = "TX" };

        var text = TestLetters.Renderer.RenderText(Id, TestLetters.FullFields(Id), facts, TestLetters.Today).Value!;

        Assert.Contains("19 TAC 89.1011", text, StringComparison.Ordinal);
    }
}

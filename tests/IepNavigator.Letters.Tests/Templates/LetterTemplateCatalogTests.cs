using IepNavigator.Knowledge.Letters;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Letters.Tests.Templates;

public sealed class LetterTemplateCatalogTests
{
    private static readonly string[] SharedFieldNames =
    [
        "childName", "childDateOfBirth", "school", "grade", "district", "parentName", "parentEmail",
        "parentPhone", "parentAddress", "recipientName", "recipientTitle", "principalName",
    ];

    [Fact]
    public void Catalog_HasATemplateForEveryLetterInTheKnowledgeCatalog()
    {
        var knowledge = new LetterCatalog();

        var ids = knowledge.Letters.Select(l => l.Id).ToList();

        Assert.True(ids.Count >= 14);
        Assert.Equal(ids.Order(StringComparer.Ordinal), TestLetters.Catalog.All.Select(t => t.Id));
    }

    [Fact]
    public void Catalog_TitlesMatchTheKnowledgeCatalog()
    {
        foreach (var entry in new LetterCatalog().Letters)
        {
            Assert.Equal(entry.Title, TestLetters.Catalog.Find(entry.Id)?.Title);
        }
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void Template_DeclaresEverySharedFieldWithALabelAndAQuestion(string id)
    {
        var template = TestLetters.Catalog.Find(id)!;

        Assert.All(SharedFieldNames, name => Assert.Contains(template.Fields, f => f.Name == name));
        Assert.All(template.Fields, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Label));
            Assert.Contains("?", f.Question, StringComparison.Ordinal);
        });
        Assert.Contains(template.Fields, f => f.Name == "childDateOfBirth" && f.Required);
        Assert.Contains(template.Fields, f => f.Name == "recipientName" && f.Required);
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void Template_CitesARuleAndStartsADeadlineWithAReminder(string id)
    {
        var template = TestLetters.Catalog.Find(id)!;

        Assert.NotEmpty(template.Citations);
        Assert.All(template.Citations, c => Assert.Matches(@"^34 CFR \d+\.\d+$", c));
        Assert.InRange(template.Deadline.Days, 1, 45);
        Assert.InRange(template.Deadline.ReminderDaysBefore, 1, template.Deadline.Days - 1);
        Assert.False(string.IsNullOrWhiteSpace(template.ResponseRequested));
    }

    [Fact]
    public void EmbeddedCatalog_CompilesOnFirstLookup_NotWhenConstructed()
    {
        // The host constructs the catalog while it starts and no first answer needs a letter: constructing it is cheap.
        var catalog = new LetterTemplateCatalog();

        Assert.False(catalog.IsCompiled);
        Assert.Equal(["en", "es"], catalog.Languages);
        var title = catalog.Find("evaluation-request", "en")?.Title;
        Assert.NotNull(title);
        Assert.Equal(new LetterCatalog().Find("evaluation-request", "en")?.Title, title);
        Assert.True(catalog.IsCompiled);
    }

    [Fact]
    public void Compile_CompilesEveryLanguageOnce_AndLookupsUseIt()
    {
        var catalog = new LetterTemplateCatalog();

        catalog.Compile();

        Assert.True(catalog.IsCompiled);
        Assert.Equal(TestLetters.Catalog.AllIn("es").Select(t => t.Title), catalog.AllIn("es").Select(t => t.Title));
        catalog.Compile();
        Assert.True(catalog.IsCompiled);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        Assert.Null(TestLetters.Catalog.Find("ask-nicely"));
        Assert.False(TestLetters.Catalog.Contains("ask-nicely"));
    }

    [Fact]
    public void Templates_NeverTellParentsToAskForAnIep()
    {
        foreach (var source in TemplateSources.Letters.Values.Append(TemplateSources.Frame))
        {
            Assert.DoesNotContain("ask for an IEP", source, StringComparison.OrdinalIgnoreCase);
        }
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Letters.Templates;
using IepNavigator.Letters.Tests.Templates;

namespace IepNavigator.Letters.Tests.Languages;

/// <summary>
/// Every English template has a Spanish translation (and no translation lacks its English source) that asks the
/// same fields, cites the same rules, starts the same deadline, uses the same Liquid names and has as many
/// paragraphs; titles match knowledge/content/es/letters.json.
/// </summary>
public sealed partial class TranslationTests
{
    public static TheoryData<string> Translations()
    {
        var data = new TheoryData<string>();
        foreach (var language in TemplateSources.Languages.Where(l => l != "en"))
        {
            data.Add(language);
        }

        return data;
    }

    [Fact]
    public void EverySupportedLanguage_HasTemplates()
    {
        Assert.Equal(ContentLanguage.Supported, TemplateSources.Languages);
        Assert.Equal(ContentLanguage.Supported, TestLetters.Catalog.Languages);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void EveryEnglishTemplate_HasATranslation_AndViceVersa(string language)
    {
        Assert.Equal(
            TemplateSources.In("en").Keys.Order(StringComparer.Ordinal),
            TemplateSources.In(language).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            TestLetters.Catalog.AllIn("en").Select(t => t.Id),
            TestLetters.Catalog.AllIn(language).Select(t => t.Id));
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void Translation_HasTheSameFieldsCitationsAndDeadline(string id)
    {
        var english = TestLetters.Catalog.Find(id, "en")!;
        foreach (var language in TestLetters.Catalog.Languages.Skip(1))
        {
            var translation = TestLetters.Catalog.Find(id, language)!;
            Assert.Equal(english.Fields.Select(f => (f.Name, f.Required)), translation.Fields.Select(f => (f.Name, f.Required)));
            Assert.Equal(english.Citations.Order(), translation.Citations.Order());
            Assert.Equal((english.Deadline.Id, english.Deadline.Days, english.Deadline.ReminderDaysBefore),
                (translation.Deadline.Id, translation.Deadline.Days, translation.Deadline.ReminderDaysBefore));
            Assert.NotEqual(english.Title, translation.Title);
            Assert.NotEqual(english.Deadline.Title, translation.Deadline.Title);
            Assert.All(translation.Fields, f => Assert.Contains("?", f.Question, StringComparison.Ordinal));
            // Every rule the translation names appears word for word in its text, as in English.
            var source = TemplateSources.LettersIn(language)[id];
            Assert.All(translation.Citations, c => Assert.Contains(c, source, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(TestLetters.Ids), MemberType = typeof(TestLetters))]
    public void Translation_UsesTheSameLiquidNames_AndHasAsManyParagraphs(string id)
    {
        var english = TemplateSources.LettersIn("en")[id];
        foreach (var language in TemplateSources.Languages.Skip(1))
        {
            var translation = TemplateSources.LettersIn(language)[id];
            Assert.Equal(LiquidNames(english), LiquidNames(translation));
            Assert.Equal(Paragraphs(english), Paragraphs(translation));
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Frames_UseTheSameLiquidNames_AndHaveAsManyParagraphs_AndTheSameConcernAreas(string language)
    {
        var english = TemplateSources.In("en")["_letter"];
        var translation = TemplateSources.In(language)["_letter"];

        Assert.Equal(LiquidNames(english), LiquidNames(translation));
        Assert.Equal(Paragraphs(english), Paragraphs(translation));
        Assert.Equal(ConcernAreas(english), ConcernAreas(translation));
    }

    /// <summary>The README's rule (title = the words in letters.json), for each translation too.</summary>
    [Theory]
    [MemberData(nameof(Translations))]
    public void Titles_MatchTheKnowledgeCatalogOfTheirLanguage(string language)
    {
        using var scope = ContentLanguage.Begin(language);
        var knowledge = new LetterCatalog().Letters;

        Assert.NotEmpty(knowledge);
        Assert.All(knowledge, entry => Assert.Equal(entry.Title, TestLetters.Catalog.Find(entry.Id, language)?.Title));
    }

    [Fact]
    public void ALanguageWithoutTemplates_FailsAtStartUp()
    {
        var english = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["en"] = TemplateSources.In("en") };

        var error = Assert.Throws<LetterTemplateException>(() => new LetterTemplateCatalog(english, ["en", "es"]));

        Assert.Contains("'es'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingTranslation_FailsAtStartUp_NamingIt()
    {
        var spanish = TemplateSources.In("es").Where(s => s.Key != "records-request").ToDictionary();
        var sources = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["en"] = TemplateSources.In("en"), ["es"] = spanish };

        var error = Assert.Throws<LetterTemplateException>(() => new LetterTemplateCatalog(sources, ["en", "es"]));

        Assert.Equal("es/records-request", error.TemplateName);
    }

    [Fact]
    public void ATranslationWithAnotherDeadline_FailsAtStartUp()
    {
        var spanish = TemplateSources.In("es").ToDictionary();
        spanish["records-request"] = spanish["records-request"].Replace("\"days\": 10,", "\"days\": 12,", StringComparison.Ordinal);
        Assert.NotEqual(TemplateSources.In("es")["records-request"], spanish["records-request"]);
        var sources = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["en"] = TemplateSources.In("en"), ["es"] = spanish };

        var error = Assert.Throws<LetterTemplateException>(() => new LetterTemplateCatalog(sources, ["en", "es"]));

        Assert.Contains("deadline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_FollowTheCurrentLanguage_WhenNoneIsGiven()
    {
        using (ContentLanguage.Begin("es"))
        {
            Assert.Equal(TestLetters.Catalog.Find("records-request", "es")!.Title, TestLetters.Catalog.Find("records-request")!.Title);
            Assert.Equal(TestLetters.Catalog.AllIn("es"), TestLetters.Catalog.All);
        }

        using (ContentLanguage.Begin("en"))
        {
            Assert.Equal(TestLetters.Catalog.Find("records-request", "en")!.Title, TestLetters.Catalog.Find("records-request")!.Title);
        }
    }

    [Fact]
    public void Lookups_RejectALanguageThatIsNotOne()
    {
        Assert.Throws<ArgumentException>(() => TestLetters.Catalog.Find("records-request", "fr"));
        Assert.Throws<ArgumentException>(() => TestLetters.Catalog.Find("records-request", LetterLanguages.SpanishWithEnglish));
    }

    /// <summary>Every variable a template uses (fields, supplied values, facts.x, loop variables), wherever it appears.</summary>
    private static SortedSet<string> LiquidNames(string source)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match expression in LiquidExpression().Matches(source))
        {
            var code = Quoted().Replace(expression.Groups[1].Value, string.Empty);
            foreach (Match name in Name().Matches(code))
            {
                names.Add(name.Value);
            }
        }

        return names;
    }

    /// <summary>Blank-line separated blocks of the body (after the front matter): the renderer's paragraphs.</summary>
    private static int Paragraphs(string source)
    {
        var text = source.ReplaceLineEndings("\n");
        var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        return BlankLine().Split(body.Trim()).Count(b => !string.IsNullOrWhiteSpace(b));
    }

    private static IEnumerable<string> ConcernAreas(string frame)
    {
        var text = frame.ReplaceLineEndings("\n");
        var json = text[4..text.IndexOf("\n---\n", 4, StringComparison.Ordinal)];
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.GetProperty("concernLabels").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\{[{%]-?(.*?)-?[%}]\}", RegexOptions.Singleline)]
    private static partial Regex LiquidExpression();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\.\w+)*")]
    private static partial Regex Name();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();
}

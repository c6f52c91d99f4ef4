using IepNavigator.Dialogs.Content;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Dialogs.Tests.Content;

/// <summary>
/// The explainers (content/explainers.json and its Spanish twin): one for every topic the understanding layer can name
/// (GUIDE.md C5, all but "other"), each reachable by its own phrases, and a parent's plain question finds the right one
/// in either language.
/// </summary>
public sealed class ExplainerCatalogTests
{
    /// <summary>The topic keys of GUIDE.md C5 that have an answer of their own ("other" has none).</summary>
    private static readonly string[] Topics =
    [
        "what-is-an-iep", "iep-vs-504", "who-qualifies", "present-levels", "measurable-goals", "progress-data", "not-a-place",
        "prior-written-notice", "iee", "evaluation", "why-in-writing", "retaliation", "evaluation-timeline", "evaluation-response", "iep-meeting-timeline", "iep-meeting",
        "iep-meeting-request", "parent-center", "advocate-cost", "discipline-rights", "manifestation-review", "records-access", "evaluation-report", "consent", "esy", "fba-bip",
        "transition", "stay-put", "reevaluation", "due-process", "state-complaint", "mediation", "section-504-plan", "accommodations",
        "compensatory-services", "letter-fields", "privacy",
    ];

    [Fact]
    public void EveryTopic_HasAnExplainer_InBothLanguages_InTheSameOrder()
    {
        var english = new ExplainerCatalog().All.Select(e => e.Id).ToList();
        List<string> spanish;
        using (ContentLanguage.Begin(ContentLanguage.Spanish))
        {
            spanish = [.. new ExplainerCatalog().All.Select(e => e.Id)];
        }

        Assert.Equal(Topics.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
        Assert.Equal(english, spanish);
    }

    [Fact]
    public void EveryPhrase_AskedAsAQuestion_FindsItsOwnExplainer()
    {
        foreach (var language in new[] { ContentLanguage.English, ContentLanguage.Spanish })
        {
            using var _ = ContentLanguage.Begin(language);
            var catalog = new ExplainerCatalog();
            var lost = catalog.All
                .SelectMany(e => e.Phrases.Select(p => (e.Id, Phrase: p, Found: catalog.Find(p + "?")?.Id)))
                .Where(x => x.Found != x.Id)
                .Select(x => $"{x.Phrase} → {x.Found ?? "nothing"} (not {x.Id})")
                .ToList();
            Assert.True(lost.Count == 0, string.Join("\n", lost));
        }
    }

    [Theory]
    [InlineData("Why does it have to be in writing?", "why-in-writing")]
    [InlineData("does email count?", "why-in-writing")]
    [InlineData("Can I bring someone with me?", "iep-meeting")]
    [InlineData("how much does an advocate cost?", "advocate-cost")]
    [InlineData("what's the 10-day rule?", "discipline-rights")]
    [InlineData("he has an IEP and they sent him home 3 times, is that legal?", "discipline-rights")]
    [InlineData("tiene IEP y lo mandaron a casa 3 veces, ¿es legal?", "discipline-rights")]
    [InlineData("what is an MDR?", "manifestation-review")]
    [InlineData("how long do they have to give me the records?", "records-access")]
    [InlineData("can I revoke consent?", "consent")]
    [InlineData("What is ESY?", "esy")]
    [InlineData("what's a BIP?", "fba-bip")]
    [InlineData("what happens after high school?", "transition")]
    [InlineData("what is stay put?", "stay-put")]
    [InlineData("what is a triennial?", "reevaluation")]
    [InlineData("how does due process work?", "due-process")]
    [InlineData("how do I file a state complaint?", "state-complaint")]
    [InlineData("what is mediation?", "mediation")]
    [InlineData("how do I get a 504 plan?", "section-504-plan")]
    [InlineData("accommodations vs modifications?", "accommodations")]
    [InlineData("what are compensatory services?", "compensatory-services")]
    [InlineData("do I have to give my email?", "letter-fields")]
    [InlineData("what do you keep about me?", "privacy")]
    [InlineData("how long does the school have to evaluate?", "evaluation-timeline")]
    [InlineData("how long does the school have to answer my request?", "evaluation-response")]
    [InlineData("¿cuánto tiempo tienen para contestarme?", "evaluation-response")]
    [InlineData("how often is the IEP reviewed?", "iep-meeting-timeline")]
    [InlineData("what is a parent center?", "parent-center")]
    [InlineData("¿Por qué tiene que ser por escrito?", "why-in-writing")]
    [InlineData("¿Qué es el año escolar extendido?", "esy")]
    [InlineData("¿Qué es una evaluación funcional de la conducta?", "fba-bip")]
    [InlineData("¿Cuánto tiempo tienen para evaluar?", "evaluation-timeline")]
    [InlineData("¿Qué es la permanencia?", "stay-put")]
    [InlineData("¿Qué es una queja estatal?", "state-complaint")]
    [InlineData("¿Dónde consigo ayuda gratis?", "parent-center")]
    public void AParentsQuestion_FindsTheRightExplainer(string question, string id)
    {
        Assert.Equal(id, new ExplainerCatalog().Find(question)?.Id);
    }

    [Theory]
    [InlineData("he got suspended again")]
    [InlineData("I sent the request in writing last week")]
    [InlineData("the meeting is next week, what should I bring?")]
    [InlineData("they want to stop his summer program")]
    [InlineData("le mandé la carta por escrito")]
    public void AStatementAboutTheFamily_IsNotTakenForAQuestion(string message)
    {
        Assert.Null(new ExplainerCatalog().Find(message));
    }
}

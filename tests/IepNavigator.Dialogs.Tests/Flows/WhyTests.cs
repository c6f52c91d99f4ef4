using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Help;
using IepNavigator.Knowledge.Steps;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>
/// "Why?" after the advice is not the step's line again: it says why the step applies to this family (the facts its
/// reason came from), what the school must do and by when, and what the parent can do if the school does not.
/// </summary>
public sealed class WhyTests
{
    private static readonly StepCatalog Steps = new();
    private static readonly MessageCatalog Messages = new();

    private static readonly string[] Suspended = ["yes", "12", "last Monday"];

    [Fact]
    public async Task WhyOne_AfterDisciplineAdvice_GivesTheFactsTheSchoolsDutyWithItsDate_AndWhatToDoIfItDoesNot()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();
        var (reached, _) = await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", Suspended);
        var advice = Assert.IsType<IMessageActivity>(reached, exactMatch: false);
        Assert.Equal(StepIds.ManifestationDetermination, advice.StepIds()[0]);

        var why = (await client.SendAsync("why 1"))[0];

        Assert.Equal([StepIds.ManifestationDetermination], why.StepIds());
        var step = Steps.Find(StepIds.ManifestationDetermination)!;
        // Why it applies: the facts the parent gave that the reason rests on, by their labels.
        Assert.Contains(Lead("why.forYou"), why.Text, StringComparison.Ordinal);
        Assert.Contains("School days removed this year: 12", why.Text, StringComparison.Ordinal);
        Assert.Contains("When the school decided a long removal: November 23, 2026", why.Text, StringComparison.Ordinal);
        // What the school must do, and by when: the duty, the date computed for this case and how it is counted.
        Assert.Contains(Lead("why.schoolMust") + step.SchoolDuty, why.Text, StringComparison.Ordinal);
        Assert.Contains("by **December 9, 2026** (federal: 10 school days from the decision", why.Text, StringComparison.Ordinal);
        Assert.Contains("[34 CFR 300.530(e)](https://www.ecfr.gov/", why.Text, StringComparison.Ordinal);
        // If the school doesn't: the recourse and free help (no state given: the national directory).
        Assert.Contains(Lead("why.ifNot") + step.IfSchoolDoesNot, why.Text, StringComparison.Ordinal);
        Assert.Contains(FreeHelpDirectory.ParentCenterDirectoryUrl.ToString(), why.Text, StringComparison.Ordinal);
        AssertNotARepeat(advice, why);
    }

    [Fact]
    public async Task WhyTwo_AnswersForTheSecondStep_NotTheFirst()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();
        var (reached, _) = await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", Suspended);
        var advice = Assert.IsType<IMessageActivity>(reached, exactMatch: false);
        var second = advice.StepIds()[1];

        var why = (await client.SendAsync("why 2"))[0];

        Assert.Equal([second], why.StepIds());
        var step = Steps.Find(second)!;
        var first = Steps.Find(advice.StepIds()[0])!;
        Assert.Contains(Lead("why.schoolMust") + step.SchoolDuty, why.Text, StringComparison.Ordinal);
        Assert.Contains(Lead("why.ifNot") + step.IfSchoolDoesNot, why.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(first.SchoolDuty, why.Text, StringComparison.Ordinal);
        Assert.Contains("School days removed this year: 12", why.Text, StringComparison.Ordinal);
        AssertNotARepeat(advice, why);
    }

    [Fact]
    public async Task Why_ForASpokenRequestInOhio_NamesOhiosParentCenter_AndWhatTheSchoolMustDoOnceItIsWritten()
    {
        using var harness = new FlowHarness();
        var client = harness.Client();
        var (reached, _) = await StageConversationTests.RunToAdviceAsync(client, "I asked in September and heard nothing", ["No, I asked in person", "not signed yet", "Ohio"]);
        var advice = Assert.IsType<IMessageActivity>(reached, exactMatch: false);
        Assert.Equal(StepIds.PutRequestInWriting, advice.StepIds()[0]);

        var why = (await client.SendAsync("why?"))[0];

        var step = Steps.Find(StepIds.PutRequestInWriting)!;
        Assert.Contains(Lead("why.forYou"), why.Text, StringComparison.Ordinal);
        Assert.Contains(Lead("why.schoolMust") + step.SchoolDuty, why.Text, StringComparison.Ordinal);
        Assert.Contains(Lead("why.ifNot") + step.IfSchoolDoesNot, why.Text, StringComparison.Ordinal);
        var ohio = FreeHelpDirectory.Find("OH")!;
        Assert.Contains($"{ohio.Name}: {ohio.ParentCenters[0].Name}, {ohio.ParentCenters[0].Website}", why.Text, StringComparison.Ordinal);
        AssertNotARepeat(advice, why);
    }

    [Fact]
    public async Task Why_InSpanish_GivesTheThreePartsInSpanish()
    {
        using var harness = new FlowHarness();
        var client = harness.Client(locale: "es-US");
        var (reached, _) = await StageConversationTests.RunToAdviceAsync(client, "Lo suspendieron otra vez", ["sí", "12", "el lunes pasado"]);
        var advice = Assert.IsType<IMessageActivity>(reached, exactMatch: false);
        Assert.Equal(StepIds.ManifestationDetermination, advice.StepIds()[0]);

        var why = (await client.SendAsync("¿por qué?"))[0];

        using var spanish = ContentLanguage.Begin(ContentLanguage.Spanish);
        var step = Steps.Find(StepIds.ManifestationDetermination)!;
        Assert.Contains(Lead("why.forYou"), why.Text, StringComparison.Ordinal);
        Assert.Contains("12", why.Text, StringComparison.Ordinal);
        Assert.Contains(Lead("why.schoolMust") + step.SchoolDuty, why.Text, StringComparison.Ordinal);
        Assert.Contains("a más tardar el **9 de diciembre de 2026**", why.Text, StringComparison.Ordinal);
        Assert.Contains(Lead("why.ifNot") + step.IfSchoolDoesNot, why.Text, StringComparison.Ordinal);
        using (ContentLanguage.Begin(ContentLanguage.English))
        {
            Assert.DoesNotContain(Steps.Find(StepIds.ManifestationDetermination)!.SchoolDuty, why.Text, StringComparison.Ordinal);
        }
        AssertNotARepeat(advice, why);
    }

    [Fact]
    public async Task Why_InWebChat_AnswersAfterTheCard_ForTheStepNumberedThere()
    {
        using var harness = new FlowHarness();
        var client = harness.Client(channelId: "webchat");
        var (reached, _) = await StageConversationTests.RunToAdviceAsync(client, "he got suspended again", Suspended);
        var advice = Assert.IsType<IMessageActivity>(reached, exactMatch: false);
        Assert.Equal("card", advice.View());

        var why = (await client.SendAsync("why 2"))[0];

        Assert.Equal(advice.CardSteps()[1].Title, Steps.Find(why.StepIds().Single())!.Title);
        Assert.Contains(Lead("why.schoolMust"), why.Text, StringComparison.Ordinal);
    }

    /// <summary>The bold lead of a part ("**What the school must do, and by when.** "), in the current language.</summary>
    private static string Lead(string key) => Messages[key].Split("{0}")[0];

    /// <summary>No reason sentence of the advice (the text view's indented line under each title) comes back in the answer.</summary>
    private static void AssertNotARepeat(IMessageActivity advice, IMessageActivity why)
    {
        var reasons = advice.Text.Split('\n').Where(l => l.StartsWith("   ", StringComparison.Ordinal) && !l.TrimStart().StartsWith('[') && !l.Contains("](", StringComparison.Ordinal))
            .Select(l => l.Trim()).Where(l => l.Length > 40).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.DoesNotContain(r, why.Text, StringComparison.Ordinal));
    }
}

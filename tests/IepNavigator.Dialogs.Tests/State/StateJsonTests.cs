using System.Text;
using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Dialogs.Runtime.Prompts;
using IepNavigator.Dialogs.State;
using IepNavigator.Dialogs.Understanding;
using IepNavigator.Understanding.Text;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Dialogs.Tests.State;

/// <summary>The one (de)serialization of stored state: typed facts out of whatever shape an older release stored.</summary>
public sealed class StateJsonTests
{
    private static CaseFacts FactsOf(string factsJson) =>
        StateJson.ReadUser(Encoding.UTF8.GetBytes("""{"caseBook":{"Cases":[{"Id":"a","Facts":""" + factsJson + "}]}}")).CaseBook.Cases[0].Facts;

    [Fact]
    public void StoredFacts_ContractJson_BecomeTypedFacts()
    {
        var facts = FactsOf("""{ "stage": "not-eligible", "evaluationRequestedOn": "2026-09-03", "concerns": ["reading", "speech-language"], "daysRemovedThisYear": 12 }""");

        Assert.Equal(Stage.NotEligible, facts.Stage);
        Assert.Equal(new DateOnly(2026, 9, 3), facts.EvaluationRequestedOn);
        Assert.Equal([ConcernArea.Reading, ConcernArea.SpeechLanguage], facts.Concerns);
        Assert.Equal(12, facts.DaysRemovedThisYear);
    }

    [Fact]
    public void StoredFacts_AValueTheContractRejects_IsLeftOutAndTheRestKept()
    {
        var facts = FactsOf("""{ "stage": "no-such-stage", "childAge": "nine", "concerns": {"reading": true}, "favouriteColour": "blue", "hasRecords": true }""");

        Assert.Null(facts.Stage);
        Assert.Null(facts.ChildAge);
        Assert.Null(facts.Concerns);
        Assert.True(facts.HasRecords);
    }

    [Fact]
    public void StoredFacts_ADateAStorageWroteAsADateTime_IsStillRead()
    {
        Assert.Equal(new DateOnly(2026, 10, 1), FactsOf("""{ "consentSignedOn": "2026-10-01T00:00:00" }""").ConsentSignedOn);
    }

    [Fact]
    public void UserDocument_WrittenAndReadBack_KeepsTheCaseAnswersAndLetterFields()
    {
        var document = new UserDocument();
        var record = document.CaseBook.Active();
        record.SetStage(Stage.Discipline);
        record.Set(FactNames.Concerns, new List<ConcernArea> { ConcernArea.Behavior });
        record.Set(FactNames.IepMeetingOn, new DateOnly(2026, 4, 1), DatePrecision.Month);
        record.MarkUnanswered(FactNames.HasBehaviorPlan, FactAnswer.Unknown);
        document.CaseBook.SetLetterField(record, LetterFieldNames.ParentName, "Ana Rivera");
        document.CaseBook.SetLetterField(record, LetterFieldNames.School, "Lincoln Elementary");

        var json = StateJson.Write(document);
        var read = StateJson.ReadUser(json).CaseBook;

        var back = read.Active();
        Assert.Equal(record.Facts with { Concerns = back.Facts.Concerns }, back.Facts);
        Assert.Equal([ConcernArea.Behavior], back.Facts.Concerns);
        Assert.Equal(DatePrecision.Month, back.PrecisionOf(FactNames.IepMeetingOn));
        Assert.Equal(FactAnswer.Unknown, back.AnswerOf(FactNames.HasBehaviorPlan));
        Assert.Equal("Ana Rivera", read.ParentLetterFields.ParentName);
        Assert.Equal("Lincoln Elementary", back.LetterFields.School);
        // Written camelCase, the contract's spellings for facts and answers, and the shape version.
        var text = Encoding.UTF8.GetString(json);
        Assert.Contains("\"v\":2", text, StringComparison.Ordinal);
        Assert.Contains("\"stage\":\"discipline\"", text, StringComparison.Ordinal);
        Assert.Contains("\"hasBehaviorPlan\":\"unknown\"", text, StringComparison.Ordinal);
        Assert.Contains("\"iepMeetingOn\":\"month\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Cases\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentOfANewerRelease_OrNotAnObject_IsRefused()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => StateJson.ReadUser("""{"v":3,"caseBook":{}}"""u8));
        Assert.Throws<System.Text.Json.JsonException>(() => StateJson.ReadConversation("""[1,2]"""u8));
        Assert.Throws<System.Text.Json.JsonException>(() => StateJson.ReadUser("""{"caseBook":5}"""u8));
    }

    [Fact]
    public void PromptOptionsOfTheOldShape_ReadFromAFrame()
    {
        var conversation = StateJson.ReadConversation("""
            {"dialogStack":{"Frames":[{"Id":"prompt.date","State":{"options":{"Text":"When?","Choices":[],"AllowUnknown":true,"Direction":1,"MaxAttempts":3,"NoneChoice":{"Value":"none","Title":"Not yet","Synonyms":["no"]},"Tag":"iepMeetingOn"},"attempts":1}}]}}
            """u8);

        var frame = Assert.Single(conversation.DialogStack.Frames);
        var options = Prompt<object>.ReadOptions(frame.State);
        Assert.Equal(("When?", true, DateDirection.Future, "iepMeetingOn", "Not yet"), (options.Text, options.AllowUnknown, options.Direction, options.Tag, options.NoneChoice!.Title));
        Assert.Equal(1, frame.State.GetInt("attempts"));
    }
}

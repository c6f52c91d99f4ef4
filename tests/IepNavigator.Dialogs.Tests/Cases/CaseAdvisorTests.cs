using IepNavigator.Dialogs.Cases;
using IepNavigator.Knowledge.Facts;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Cases;

public class CaseAdvisorTests
{
    [Fact]
    public void ToFacts_ContractJson_BecomesTypedFacts()
    {
        var record = new CaseRecord
        {
            Facts = JObject.Parse("""{ "stage": "not-eligible", "evaluationRequestedOn": "2026-09-03", "concerns": ["reading", "speech-language"], "daysRemovedThisYear": 12 }"""),
        };

        var facts = CaseAdvisor.ToFacts(record);

        Assert.Equal(Stage.NotEligible, facts.Stage);
        Assert.Equal(new DateOnly(2026, 9, 3), facts.EvaluationRequestedOn);
        Assert.Equal([ConcernArea.Reading, ConcernArea.SpeechLanguage], facts.Concerns);
        Assert.Equal(12, facts.DaysRemovedThisYear);
    }

    [Fact]
    public void ToFacts_AValueTheContractRejects_IsLeftOutAndTheRestKept()
    {
        var record = new CaseRecord
        {
            Facts = JObject.Parse("""{ "stage": "no-such-stage", "childAge": "nine", "hasRecords": true }"""),
        };

        var facts = CaseAdvisor.ToFacts(record);

        Assert.Null(facts.Stage);
        Assert.Null(facts.ChildAge);
        Assert.True(facts.HasRecords);
    }

    [Fact]
    public void ToFacts_DateParsedByAStorageAsDateTime_IsStillRead()
    {
        var record = new CaseRecord { Facts = new JObject { ["consentSignedOn"] = new JValue(new DateTime(2026, 10, 1)) } };

        Assert.Equal(new DateOnly(2026, 10, 1), CaseAdvisor.ToFacts(record).ConsentSignedOn);
    }
}

using IepNavigator.Knowledge.Steps;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Rules.Model;
using NRules.Fluent.Dsl;

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>Services in the plan are not delivered, a violation a state complaint can address (34 CFR 300.153).</summary>
internal sealed class FileStateComplaintWhenServicesMissingRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasIep(), f => f.ServicesDelivered == false);

        Then()
            .Yield(_ => new Recommendation(StepIds.FileStateComplaint, "services-not-delivered", Urgency.WhenReady, null));
    }
}

namespace IepNavigator.Knowledge.Rules.Section504;

/// <summary>Not eligible under IDEA: Section 504 may still apply (34 CFR 104.32-104.36).</summary>
internal sealed class ConsiderSection504WhenNotEligibleRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.Stage == Stage.NotEligible);

        Then()
            .Recommend(_ => new Recommendation(StepIds.ConsiderSection504, "not-eligible", Urgency.Soon, null));
    }
}

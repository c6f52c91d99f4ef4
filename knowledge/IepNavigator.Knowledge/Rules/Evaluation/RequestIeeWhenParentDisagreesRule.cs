namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>The parent disagrees with the school's evaluation and has not yet asked for an IEE (34 CFR 300.502).</summary>
internal sealed class RequestIeeWhenParentDisagreesRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.DisagreesWithEvaluation == true, f => f.IeeRequestedOn == null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestIee, "disagrees", Urgency.Soon, null));
    }
}

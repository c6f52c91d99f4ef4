namespace IepNavigator.Knowledge.Rules.Evaluation;

/// <summary>An IEE was asked for, and after the follow-up interval the school has neither agreed to pay nor filed for a hearing.</summary>
internal sealed class FollowUpIeeWhenNoResponseRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;
        CaseContext context = null!;

        When()
            .Match(() => facts, f => f.IeeRequestedOn != null, f => f.SchoolRespondedToIee != true)
            .Match(() => context, c => c.DaysSince(facts.IeeRequestedOn!.Value) >= c.Policy.IeeFollowUpAfterDays);

        Then()
            .Recommend(_ => new Recommendation(StepIds.FollowUpIee, "no-response", Urgency.Now, null));
    }
}

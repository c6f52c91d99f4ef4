namespace IepNavigator.Knowledge.Rules.Records;

/// <summary>Records were asked for and are not in hand yet: the step carries the date they are due.</summary>
internal sealed class FollowRecordsRequestUntilDueRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.RecordsAccess, d => !d.Passed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestRecords, "requested-pending", Urgency.WhenReady, deadline));
    }
}

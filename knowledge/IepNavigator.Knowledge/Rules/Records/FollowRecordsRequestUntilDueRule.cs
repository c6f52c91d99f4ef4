namespace IepNavigator.Knowledge.Rules.Records;

/// <summary>Records were asked for and are not in hand yet: the step carries the date they are due.</summary>
internal sealed class FollowRecordsRequestUntilDueRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.Running(DeadlineKind.RecordsAccess) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestRecords, "requested-pending", Urgency.WhenReady, clocks.Running(DeadlineKind.RecordsAccess)));
    }
}

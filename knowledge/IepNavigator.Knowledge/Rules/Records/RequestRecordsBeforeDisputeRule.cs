namespace IepNavigator.Knowledge.Rules.Records;

/// <summary>A dispute or discipline is under way and the parent does not have the records, nor asked for them.</summary>
internal sealed class RequestRecordsBeforeDisputeRule : Rule
{
    public override void Define()
    {
        CaseFacts facts = null!;

        When()
            .Match(() => facts, f => f.HasRecords != true, f => f.RecordsRequestedOn == null,
                f => f.Stage == Stage.Disagreement || f.Stage == Stage.Discipline || f.Stage == Stage.NotEligible
                    || f.DisagreesWithEvaluation == true);

        Then()
            .Recommend(_ => new Recommendation(StepIds.RequestRecords, "before-dispute", Urgency.Soon, null));
    }
}

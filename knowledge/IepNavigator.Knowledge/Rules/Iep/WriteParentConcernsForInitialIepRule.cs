namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>Eligibility is decided and the first IEP meeting is due (34 CFR 300.323(c)(1) or the state's timeline).</summary>
internal sealed class WriteParentConcernsForInitialIepRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Kind == DeadlineKind.InitialIepMeeting, d => !d.Passed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns,
                deadline.CountsFromEvaluationReport ? "initial-iep-due-from-report" : "initial-iep-due", Urgency.Soon, deadline));
    }
}

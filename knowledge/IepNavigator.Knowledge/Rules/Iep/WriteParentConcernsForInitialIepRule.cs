namespace IepNavigator.Knowledge.Rules.Iep;

/// <summary>Eligibility is decided and the first IEP meeting is due (34 CFR 300.323(c)(1) or the state's timeline).</summary>
internal sealed class WriteParentConcernsForInitialIepRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.Running(DeadlineKind.InitialIepMeeting) != null);

        Then()
            .Recommend(_ => new Recommendation(StepIds.WriteParentConcerns,
                clocks.Running(DeadlineKind.InitialIepMeeting)!.CountsFromEvaluationReport ? "initial-iep-due-from-report" : "initial-iep-due",
                Urgency.Soon, clocks.Running(DeadlineKind.InitialIepMeeting)));
    }
}

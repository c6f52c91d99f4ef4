namespace IepNavigator.Knowledge.Rules.Help;

/// <summary>
/// The federal 60 days passed where the state may set its own timeline and ours is unknown: never "missed", but check
/// the state's rule (34 CFR 300.301(c)(1)(ii)).
/// </summary>
internal sealed class LearnStateProcessWhenFederalDefaultPassedRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;
        CaseFacts facts = null!;

        When()
            .Match(() => clocks, c => c.Passed(DeadlineKind.InitialEvaluation) != null && c.Passed(DeadlineKind.InitialEvaluation)!.Provisional)
            .Match(() => facts);

        Then()
            .Recommend(_ => new Recommendation(StepIds.LearnStateProcess,
                facts.State == null ? "federal-default-passed-state-unknown" : "federal-default-passed", Urgency.Soon,
                clocks.Passed(DeadlineKind.InitialEvaluation)));
    }
}

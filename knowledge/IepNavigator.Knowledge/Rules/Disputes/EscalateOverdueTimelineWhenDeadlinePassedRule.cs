namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>
/// A school deadline has passed with the event still outstanding: put it in writing, naming that deadline's rule. A
/// federal default the state may have replaced is never called missed (LearnStateProcessWhenFederalDefaultPassedRule).
/// </summary>
internal sealed class EscalateOverdueTimelineWhenDeadlinePassedRule : Rule
{
    public override void Define()
    {
        CaseClocks clocks = null!;

        When()
            .Match(() => clocks, c => c.AnyMissed);

        // One recommendation per missed clock, in the calculator's order (as when each deadline was its own fact).
        Then()
            .RecommendEach(() => clocks.Missed, deadline => new Recommendation(StepIds.EscalateOverdueTimeline, "deadline-passed", Urgency.Now, deadline));
    }
}

namespace IepNavigator.Knowledge.Rules.Disputes;

/// <summary>
/// A school deadline has passed with the event still outstanding: put it in writing, naming that deadline's rule. A
/// federal default the state may have replaced is never called missed (LearnStateProcessWhenFederalDefaultPassedRule).
/// </summary>
internal sealed class EscalateOverdueTimelineWhenDeadlinePassedRule : Rule
{
    public override void Define()
    {
        Deadline deadline = null!;

        When()
            .Match(() => deadline, d => d.Missed);

        Then()
            .Recommend(_ => new Recommendation(StepIds.EscalateOverdueTimeline, "deadline-passed", Urgency.Now, deadline));
    }
}

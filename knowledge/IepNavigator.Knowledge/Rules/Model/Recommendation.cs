namespace IepNavigator.Knowledge.Rules.Model;

/// <summary>
/// What a rule's Then() yields: a step id, the key of the "why" template in steps.json, an urgency and the
/// deadline the step answers to. A class (not a record) so two rules recommending the same thing stay two facts.
/// </summary>
internal sealed class Recommendation(string stepId, string reasonKey, Urgency urgency, Deadline? deadline = null)
{
    public string StepId { get; } = stepId;
    public string ReasonKey { get; } = reasonKey;
    public Urgency Urgency { get; } = urgency;
    public Deadline? Deadline { get; } = deadline;

    /// <summary>
    /// This is the one thing to do first, before the other emergencies (the appeal of a manifestation decision the parent
    /// disputes, once there is no review left to ask for).
    /// </summary>
    public bool Leads { get; init; }

    public override string ToString() => $"{StepId}:{ReasonKey}";
}

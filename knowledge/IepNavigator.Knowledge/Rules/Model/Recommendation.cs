namespace IepNavigator.Knowledge.Rules.Model;

/// <summary>
/// What a rule's Then() recommends: a step id, the key of the "why" template in steps.json, an urgency and the
/// deadline the step answers to. A class (not a record) so two rules recommending the same thing stay two.
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

    /// <summary>
    /// A fallback's "unless": this recommendation is left out when the same step is also recommended for a reason this
    /// accepts (<c>other => other != "always"</c>: quiet beside any sharper reason). Null: never left out. Decided after
    /// firing, from what fired (<see cref="RecommendationCollector.Recommended"/>). A static field of the rule: a lambda
    /// written inside Then() would be compiled into a new delegate each time the rule fires.
    /// </summary>
    public Func<string, bool>? GivesWayTo { get; init; }

    public override string ToString() => $"{StepId}:{ReasonKey}";
}
